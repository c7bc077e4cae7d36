import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Page } from "playwright-core";
import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { launchTestBrowser, seriousAccessibilityViolations, signInAsDemoPartner, watchedPage, type TestBrowser } from "../support/browser.ts";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { screenInput } from "../support/screenings-scenario.ts";

/**
 * Issue 23, the PAA's screening worklists in a browser. The hub runs the CO pack, where the PAA
 * (CO 8.401.192: the Utilization Review Contractor) decides categoricals; the demo seeds give the
 * PAA two unreviewed Level I screens (Hamilton, Butler) and two significant-change Resident Reviews
 * (one overdue). Before the story the demo NF files a screen asking for a convalescent categorical
 * and reports an admission with no PASRR on file (a compliance finding), as partners would.
 */
const screen = (suffix: string) => `0193a000-0000-7000-8000-00000000${suffix}`;
const maple = demoFacilities[0]!;
const findings = "Section C is blank: no history and physical within 180 days is attached.";
const grantReason = "Hospital discharge after a hip fracture; rehabilitation prescribed, stay certified under 30 days.";

let hub: TestHub;
let browser: TestBrowser;
const tokens = {} as Record<"paa" | "state" | "nf", string>;
const setup = {} as { requestScreenId: string; unscreenedPerson: string };

async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await graphql(hub.gatewayUrl!, query, { token, variables });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

async function newPerson(familyName: string): Promise<string> {
  const register = `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { individual { id } } }`;
  const data = await ask(tokens.state, register, { i: { givenName: "Pell", familyName, birthDate: "1944-05-06", county: "Hamilton", state: "OH" } });
  return data.registerIndividual.individual.id;
}

/** The demo NF files a Level I asking for a convalescent categorical, and admits a person with no PASRR on file. */
async function partnersAct(): Promise<void> {
  const submit = `mutation($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { id categoricalStatus } } }`;
  const input = screenInput({
    individualId: await newPerson("Convalescent"),
    facilityId: maple.id,
    screenedOn: "2026-11-20",
    mi: true,
    request: { kind: "CONVALESCENT" },
  });
  const filed = (await ask(tokens.nf, submit, { input })).submitLevelOneScreen.levelOneScreen;
  expect(filed.categoricalStatus).toBe("REQUESTED");
  setup.requestScreenId = filed.id;
  setup.unscreenedPerson = await newPerson("Unscreened");
  // The NF records the admission in its census; the facilities service feeds it to screenings, which finds no PASRR on file.
  const record = `mutation($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`;
  const admission = {
    kind: "ADMISSION",
    individualId: setup.unscreenedPerson,
    facilityId: maple.id,
    effectiveOn: "2026-11-19",
    admissionSource: "COMMUNITY",
    payer: "MEDICARE_PART_A",
  };
  await ask(tokens.nf, record, { input: admission });
  const findingsOf = `{ residentReviewFindings(since: "2000-01-01", first: 50) { edges { node { reason dueOn individual { id } } } } }`;
  await vi.waitFor(
    async () => {
      const found = (await ask(tokens.paa, findingsOf)).residentReviewFindings.edges.map((edge: { node: unknown }) => edge.node);
      expect(found).toEqual([{ reason: "ADMITTED_WITHOUT_PASRR", dueOn: "2026-11-19", individual: { id: setup.unscreenedPerson } }]);
    },
    { timeout: 30_000, interval: 250 },
  );
}

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true, env: { PASRR_POLICY_STATE: "CO" } });
  tokens.paa = await hub.token({ role: "PAA", counties: ["Hamilton", "Butler"], organisationId: "demo-paa-region-1" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  tokens.nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id], organisationId: "demo-maple-terrace" });
  await partnersAct();
  browser = await launchTestBrowser("ui-paa");
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const row = (page: Page, id: string) => page.locator(`tr[data-row="${id}"]`);

async function openTab(page: Page, name: string, file: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.locator('[role="tabpanel"] table, [role="tabpanel"] [data-empty-worklist]').first().waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(browser.outputDir, file), fullPage: true });
}

/** Returns b004 incomplete (first without findings: the hub's field message shows), then accepts b002. */
async function reviewScreens(page: Page): Promise<void> {
  await row(page, screen("b004")).getByRole("button", { name: "Return incomplete" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Return incomplete" }).click();
  await dialog.getByText("The hub says: must say what is incomplete or invalid when a screen is returned").waitFor();
  expect(await dialog.locator('[role="alert"][data-code="BAD_USER_INPUT"]').count()).toBe(1);
  await dialog.getByLabel("What is incomplete or invalid").fill(findings);
  await dialog.getByRole("button", { name: "Return incomplete" }).click();
  await page.locator("[data-hub-answer]", { hasText: "returned as incomplete on 2026-11-22" }).waitFor();
  await row(page, screen("b004")).getByText("Returned 2026-11-22").waitFor();
  expect(await row(page, screen("b004")).getByRole("button", { name: "Return incomplete" }).count()).toBe(0);

  await row(page, screen("b002")).getByRole("button", { name: "Accept" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Accept screen" }).click();
  await page.locator("[data-hub-answer]", { hasText: "accepted on 2026-11-22" }).waitFor();
  await row(page, screen("b002")).waitFor({ state: "detached" });
}

async function decideCategorical(page: Page): Promise<void> {
  const request = row(page, setup.requestScreenId);
  await request.getByRole("button", { name: "Decide" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Grant").check();
  await dialog.getByLabel("Reason").fill(grantReason);
  await dialog.getByRole("button", { name: "Record decision" }).click();
  await page.locator("[data-hub-answer]", { hasText: "Categorical granted on 2026-11-22" }).waitFor();
  await page.locator('[data-empty-worklist="Categorical requests to decide"]').waitFor();
}

describe("the PAA's screening worklists", () => {
  it("reviews Level I screens, decides a categorical, and sees overdue reviews and findings; the graph holds each action", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "paa");
    // The PAA's home is its screening worklists.
    await page.waitForURL(/\/ui\/paa$/);
    await page.getByRole("heading", { level: 1, name: "Screening worklists" }).waitFor();
    expect(await page.locator("h1").count()).toBe(1);

    // Level I: the demo's two screens in the PAA's counties, oldest first; Franklin's is not the PAA's.
    await row(page, screen("b004")).waitFor();
    const listed = await page
      .locator('table[aria-label="Level I screens to review"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row")));
    expect(listed.indexOf(screen("b004"))).toBeLessThan(listed.indexOf(screen("b002")));
    expect(listed).not.toContain(screen("b003"));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "paa-level-one.png"), fullPage: true });
    await reviewScreens(page);

    const reviewed = `query($id: ID!) { levelOneScreen(id: $id) { reviewStatus reviewedOn reviewFindings reviewedByOrganisationId } }`;
    expect((await ask(tokens.paa, reviewed, { id: screen("b004") })).levelOneScreen).toEqual({
      reviewStatus: "RETURNED_INCOMPLETE",
      reviewedOn: "2026-11-22",
      reviewFindings: findings,
      reviewedByOrganisationId: "demo-paa-region-1",
    });
    expect((await ask(tokens.state, reviewed, { id: screen("b002") })).levelOneScreen).toMatchObject({ reviewStatus: "CONFIRMED", reviewedOn: "2026-11-22" });

    // Categoricals: the NF's request, due by the CO pack's clock; granted with its reason.
    await openTab(page, "Categorical requests", "paa-categoricals.png");
    await decideCategorical(page);
    const decided = `query($id: ID!) { levelOneScreen(id: $id) { outcome categoricalStatus categoricalDecisions { deciderRole decision decidedOn reason } } }`;
    expect((await ask(tokens.paa, decided, { id: setup.requestScreenId })).levelOneScreen).toEqual({
      outcome: "CATEGORICAL",
      categoricalStatus: "GRANTED",
      categoricalDecisions: [{ deciderRole: "PAA", decision: "GRANTED", decidedOn: "2026-11-22", reason: grantReason }],
    });

    // Resident Reviews: person 4's significant change overdue 6 days (14-day clock from 20 days ago), the admission without PASRR 3 days.
    await openTab(page, "Resident Reviews", "paa-resident-reviews.png");
    const overdue = page.locator('table[aria-label="Overdue Resident Reviews"]');
    await expect.poll(() => overdue.locator("tbody tr").count()).toBe(2);
    await overdue.locator('tr[data-row="0193a000-0000-7000-8000-000000009001"][data-overdue]', { hasText: "Overdue 6 days" }).waitFor();
    await overdue.locator("tr[data-overdue]", { hasText: "Admitted with no PAS (no Level I, exemption or categorical)" }).getByText("Overdue 3 days").waitFor();
    const dueSoon = page.locator('table[aria-label="Resident Reviews due soon"]');
    await dueSoon.locator('tr[data-row="0193a000-0000-7000-8000-000000009002"]', { hasText: "Significant change in condition" }).waitFor();
    expect(await dueSoon.locator("tr[data-overdue]").count()).toBe(0);

    // Findings: the admission with no PAS, in words, with the source the hub recorded.
    await openTab(page, "Compliance findings", "paa-findings.png");
    const finding = page.locator('table[aria-label="Compliance findings"] tbody tr', { hasText: "No PAS before admission" });
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.textContent()).toContain("OAC 5160-3-15.1");
    expect(await finding.textContent()).toContain("Overdue 3 days");

    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it("a nursing facility opening /ui/paa sees Not permitted, and no screen", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "nursing-facility");
    await page.waitForURL(/\/ui\/facility$/);
    await page.goto(new URL("/ui/paa", hub.gatewayUrl!).href);
    const refusal = page.locator('[role="alert"][data-code="FORBIDDEN"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("Not permitted");
    expect(await page.locator('table[aria-label="Level I screens to review"]').count()).toBe(0);
    expect(await page.locator("tr[data-row]").count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "paa-forbidden.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
