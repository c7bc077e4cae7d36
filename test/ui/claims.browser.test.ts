import { demoMedicaidId } from "@pasrr/devtools/demo-cast";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationId } from "../../gateway/src/persisted-operations/operation-manifest.ts";
import { uiOperationText, uiPaymentOperationFiles } from "../../scripts/persisted-manifest.ts";
import { launchTestBrowser, seriousAccessibilityViolations, signInAsDemoPartner, watchedPage, type TestBrowser } from "../support/browser.ts";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/** The claim CSV page's operation as registered for the payment role (persisted-operations/medicaid-payment.json). */
const claimBatchText = uiOperationText(uiPaymentOperationFiles[1]!);
/** A demo person's Medicaid ID as a clerk types it (the graph ignores the dashes). */
const medicaidId = (n: number) => demoMedicaidId(n).replace(/^(\d{4})(\d{4})(\d{4})$/, "$1-$2-$3");

/** Lines for the demo people around the hub's today (2026-11-22), line 5 with a from date that is no date. */
const csv = [
  "Medicaid ID,Provider number,From,Through",
  `${medicaidId(0)},DEMO-NF-0001,2026-10-01,2026-10-31`,
  `${medicaidId(1)},DEMO-NF-0002,2026-10-15,2026-11-20`,
  `${medicaidId(3)},DEMO-NF-0001,2026-11-01,2026-11-15`,
  `${medicaidId(2)},DEMO-NF-0003,2026-31-10,2026-11-10`,
  `${medicaidId(2)},DEMO-NF-0003,2026-09-01,2026-09-30`,
  "",
].join("\n");
/** The good lines as the page should send them: each line's reference is its line in the file. */
const expectedLines = [2, 3, 4, 6].map((line) => {
  const [id, providerNumber, from, to] = csv.split("\n")[line - 1]!.split(",");
  return { line: String(line), medicaidId: id, issuer: "OH", providerNumber, from, to };
});

interface Span {
  from: string;
  through: string;
  reason?: string;
}
const days = (spans: Span[]) => spans.reduce((sum, span) => sum + (Date.parse(span.through) - Date.parse(span.from)) / 86_400_000 + 1, 0);

/**
 * Issue 23, the payment clerk's page, on a gateway that safelists the payment role as production
 * does: the clerk uploads a CSV, sees the bad row by line and column before anything is sent, runs
 * the good lines as one levelOfCareClaimBatch (the UI's registered operation, by its exact text),
 * reads each line's payable and unpayable days as the graph answers them, and downloads the CSV.
 */
describe("the claim CSV page in a browser", () => {
  let hub: TestHub;
  let browser: TestBrowser;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: { GATEWAY_SAFELISTED_ROLES: "MEDICAID_PAYMENT" } });
    browser = await launchTestBrowser("ui-claims");
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("checks an uploaded CSV's lines as the graph answers them, reports the bad row by line, and downloads the answer", async () => {
    const { page, offMachine, pageErrors, graphqlPosts } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "medicaid-payment");
    await page.getByRole("heading", { name: "Claim lines (CSV)" }).waitFor();

    const file = path.join(browser.outputDir, "claims.csv");
    await writeFile(file, csv);
    await page.setInputFiles("#claims-file", file);
    const problems = page.locator("[data-csv-problems]");
    await problems.waitFor();
    expect(await page.locator("[data-csv-problems] [data-csv-line]").allTextContents()).toEqual(['Line 5, from: "2026-31-10" is not a date (YYYY-MM-DD)']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Check 4 lines" }).click();
    await page.getByRole("table", { name: "Claim lines checked" }).waitFor();

    // What the page sent: the good lines only, by the registered operation's exact text.
    const sent = graphqlPosts.filter((post) => post.query.includes("levelOfCareClaimBatch"));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toBe(claimBatchText);
    expect(sent[0]!.variables).toEqual({ lines: expectedLines });

    // The graph's own answer to the same lines, asked directly by the payment role.
    const token = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: "demo-medicaid-payment" });
    const direct = await graphql(hub.gatewayUrl!, claimBatchText, { token, variables: { lines: expectedLines } });
    expect(direct.errors).toBeUndefined();
    const answers: { coveredSpans: Span[]; uncoveredSpans: Span[] }[] = direct.data!.levelOfCareClaimBatch.lines;
    expect(days(answers[0]!.coveredSpans)).toBeGreaterThan(0);
    expect(answers.some((answer) => answer.uncoveredSpans.length > 0)).toBe(true);
    for (const [i, line] of expectedLines.entries()) {
      const row = page.locator(`tr[data-claim-line="${line.line}"]`);
      expect(await row.locator("[data-payable-days]").textContent(), `line ${line.line}`).toBe(String(days(answers[i]!.coveredSpans)));
      expect(await row.locator("[data-unpayable-days]").textContent(), `line ${line.line}`).toBe(String(days(answers[i]!.uncoveredSpans)));
      for (const span of answers[i]!.uncoveredSpans) expect(await row.textContent()).toContain(`${span.from}–${span.through}: ${span.reason}`);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "claim-batch.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("claim-lines-checked.csv");
    const saved = Papa.parse<Record<string, string>>(await readFile((await download.path())!, "utf8"), { header: true, skipEmptyLines: true }).data;
    expect(saved.map((row) => row.line)).toEqual(["2", "3", "4", "6"]);
    for (const [i, row] of saved.entries()) {
      expect(row.medicaid_id).toBe(expectedLines[i]!.medicaidId);
      expect(row.payable_days).toBe(String(days(answers[i]!.coveredSpans)));
      expect(row.unpayable_days).toBe(String(days(answers[i]!.uncoveredSpans)));
      for (const span of answers[i]!.uncoveredSpans) expect(row.unpayable_spans).toContain(`${span.from}–${span.through}: ${span.reason}`);
    }

    // The safelist held: everything the page sent is a registered operation of the payment role.
    const registered = JSON.parse(await readFile(path.join(import.meta.dirname, "..", "..", "persisted-operations", "medicaid-payment.json"), "utf8")) as {
      operations: { id: string }[];
    };
    for (const post of graphqlPosts) expect(registered.operations.map((operation) => operation.id)).toContain(operationId(post.query));
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("lets the state agency paste lines, answers them as the graph does, and says so when a Medicaid ID names no one it may see", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "state-agency");
    await page.getByRole("link", { name: "Claim lines (CSV)" }).click();
    await page.getByRole("heading", { name: "Claim lines (CSV)" }).waitFor();
    await page.getByLabel("Or paste the claim lines").fill(`${medicaidId(0)},,2026-11-01,2026-11-21\n9999-0000-0099,DEMO-NF-0001,2026-11-01,2026-11-21`);
    expect(await page.locator("[data-csv-problems]").count()).toBe(0);
    await page.getByRole("button", { name: "Check 2 lines" }).click();
    await page.getByRole("table", { name: "Claim lines checked" }).waitFor();

    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "demo-state-agency" });
    const lines = [
      { line: "1", medicaidId: medicaidId(0), issuer: "OH", from: "2026-11-01", to: "2026-11-21" },
      { line: "2", medicaidId: "9999-0000-0099", issuer: "OH", providerNumber: "DEMO-NF-0001", from: "2026-11-01", to: "2026-11-21" },
    ];
    const direct = await graphql(hub.gatewayUrl!, claimBatchText, { token, variables: { lines } });
    const [known, unknown] = direct.data!.levelOfCareClaimBatch.lines;
    expect(unknown).toBeNull();
    const row = page.locator('tr[data-claim-line="1"]');
    expect(await row.locator("[data-payable-days]").textContent()).toBe(String(days(known.coveredSpans)));
    expect(await row.locator("[data-unpayable-days]").textContent()).toBe(String(days(known.uncoveredSpans)));
    expect(await page.locator('tr[data-claim-line="2"]').textContent()).toContain("Not answered: no person with this Medicaid ID that you may see");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "claim-batch-state.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
