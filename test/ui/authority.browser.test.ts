import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysBetween } from "@pasrr/calendar/calendar-date";
import { demoPeople } from "@pasrr/devtools/demo-cast";
import { demoHospitalId } from "../../gateway/src/sandbox/sandbox-partners.ts";
import { outcomeInWords, recipientInWords } from "../../ui/src/pages/notices/notice-words.ts";
import { launchTestBrowser, seriousAccessibilityViolations, signInAsDemoPartner, watchedPage, type TestBrowser } from "../support/browser.ts";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { determinationInput, recordDetermination, screenInput, submitScreen } from "../support/screenings-scenario.ts";

/** Demo person 3's open MH referral (subgraphs/screenings/src/demo/seed.ts). */
const person3Referral = "0193a000-0000-7000-8000-00000000c004";

const referralInGraph = /* GraphQL */ `
  query ($id: ID!) {
    levelTwoReferral(id: $id) {
      id status dueOn version
      determination {
        id evaluatorName needsSpecializedServices recommendedServices seriousMentalIllnessPrimary outcome
        notices { id recipient recipientFacilityId copy issuedOn outcome appealDeadline reasons }
      }
    }
  }
`;

interface GraphNotice {
  id: string;
  recipient: keyof typeof recipientInWords;
  recipientFacilityId: string | null;
  copy: boolean;
  issuedOn: string;
  outcome: keyof typeof outcomeInWords;
  appealDeadline: string;
  reasons: string[];
}

/**
 * Issue 23, the MH / DD authority's page: the referral worklist (soonest due first, the hub's due
 * dates, overdue marked), a determination recorded from it — BAD_USER_INPUT on its field, CONFLICT
 * explained — and the notices it issued as printable letters, checked against what the graph holds.
 */
describe("the Level II authority's worklist and notices in a browser", () => {
  let hub: TestHub;
  let browser: TestBrowser;
  const tokens: Record<"mh" | "dd" | "hospital", string> = { mh: "", dd: "", hospital: "" };
  const ask = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(hub.gatewayUrl!, query, { token, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };
  /** A new open MH referral: the demo hospital's Level I of demo person 1 with an MI indication. */
  const newMhScreen = async (): Promise<{ screenId: string; referralId: string }> => {
    const input = screenInput({ individualId: demoPeople[0]!.id, facilityId: demoHospitalId, screenedOn: "2026-11-20", mi: true });
    const { levelOneScreen } = (await ask(tokens.hospital, submitScreen, { input })).submitLevelOneScreen;
    return { screenId: levelOneScreen.id as string, referralId: levelOneScreen.referrals[0].id as string };
  };
  const newMhReferral = async (): Promise<string> => (await newMhScreen()).referralId;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    browser = await launchTestBrowser("ui-authority");
    tokens.mh = await hub.token({ role: "MH_AUTHORITY", organisationId: "demo-mh-authority" });
    tokens.dd = await hub.token({ role: "DD_AUTHORITY", organisationId: "demo-dd-authority" });
    tokens.hospital = await hub.token({ role: "HOSPITAL", organisationId: "demo-mercy-hamilton", facilityIds: [demoHospitalId] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("the MH authority records person 3's determination from its worklist; the graph holds it and the referral is closed", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    const before = (await ask(tokens.mh, referralInGraph, { id: person3Referral })).levelTwoReferral;
    expect(before.status).toBe("OPEN");

    await signInAsDemoPartner(page, hub.gatewayUrl!, "mh-authority");
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Level II referrals");
    const row = page.locator(`tr[data-row="${person3Referral}"]`);
    await row.waitFor();
    // The hub's due date, overdue counted from the hub's today (63 days after a 9-working-day time frame).
    const late = daysBetween(before.dueOn, hub.today);
    expect(late).toBeGreaterThan(0);
    expect(await row.textContent()).toContain(before.dueOn);
    expect(await row.textContent()).toContain(`Overdue ${late} days`);
    expect(await row.getAttribute("data-overdue")).toBe("true");
    expect(await page.getByText("working days").count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "worklist.png"), fullPage: true });

    await row.getByRole("button", { name: /Record determination/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Evaluator's name and qualification").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "determination-form.png"), fullPage: true });

    await fillDetermination(page);
    // The hub refuses an evaluation after the determination: the refusal is shown on that field.
    await dialog.getByLabel("Evaluated on").fill(hub.today);
    await dialog.getByLabel("Determined on").fill("2026-11-21");
    await dialog.getByRole("button", { name: "Record determination" }).click();
    const evaluatedOn = dialog.getByLabel("Evaluated on");
    await expect.poll(() => evaluatedOn.getAttribute("aria-invalid")).toBe("true");
    expect(await dialog.textContent()).toContain("may not be after the determination date");
    expect((await ask(tokens.mh, referralInGraph, { id: person3Referral })).levelTwoReferral.status).toBe("OPEN");
    await evaluatedOn.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(browser.outputDir, "determination-field-error.png"), fullPage: true });

    await dialog.getByLabel("Determined on").fill(hub.today);
    await dialog.getByRole("button", { name: "Record determination" }).click();
    await dialog.getByText(/^Determination recorded for/).waitFor();
    await page.screenshot({ path: path.join(browser.outputDir, "determination-recorded.png"), fullPage: true });

    const after = (await ask(tokens.mh, referralInGraph, { id: person3Referral })).levelTwoReferral;
    expect(after.status).toBe("DETERMINED");
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.determination).toMatchObject({
      evaluatorName: "Dr. Ana Ruiz, psychiatrist",
      needsSpecializedServices: true,
      seriousMentalIllnessPrimary: true,
      recommendedServices: ["Weekly psychiatric follow-up", "Medication management"],
    });
    const notices = after.determination.notices as GraphNotice[];
    expect(notices.map((n) => n.recipient)).toEqual(expect.arrayContaining(["PERSON", "REPRESENTATIVE"]));

    // The open list no longer holds it once the hub has closed it.
    await dialog.getByRole("button", { name: "Back to the worklist" }).click();
    await expect.poll(() => page.locator(`tr[data-row="${person3Referral}"]`).count()).toBe(0);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("the determination's notices open as letters showing what the graph's notices hold, and print to a PDF", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    const referral = (await ask(tokens.mh, referralInGraph, { id: person3Referral })).levelTwoReferral;
    const notices = referral.determination.notices as GraphNotice[];
    expect(notices.length).toBeGreaterThan(0);

    await signInAsDemoPartner(page, hub.gatewayUrl!, "mh-authority");
    await page.locator('label[for$="-DETERMINED"]').click();
    await page
      .locator(`tr[data-row="${person3Referral}"]`)
      .getByRole("link", { name: /Notices/ })
      .click();
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Notices of the Level II determination");
    await expect.poll(() => page.locator("article[data-notice-id]").count()).toBe(notices.length);
    for (const notice of notices) {
      const letter = page.locator(`article[data-notice-id="${notice.id}"]`);
      const facility = notice.recipientFacilityId ? ` (facility ${notice.recipientFacilityId})` : "";
      expect(await letter.locator('[data-field="recipient"]').textContent()).toBe(recipientInWords[notice.recipient] + facility);
      expect(await letter.locator('[data-field="decision"]').getAttribute("data-outcome")).toBe(notice.outcome);
      expect(await letter.locator('[data-field="decision"]').textContent()).toContain(outcomeInWords[notice.outcome]);
      expect(await letter.locator('[data-field="appeal-deadline"]').textContent()).toBe(notice.appealDeadline);
      expect(await letter.locator('[data-field="issued-on"]').textContent()).toBe(notice.issuedOn);
      for (const reason of notice.reasons) expect(await letter.locator('[data-field="reasons"]').textContent()).toContain(reason);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "notice-letters.png"), fullPage: true });

    // Printed, the letters stand alone: no header, menu or print button.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header").first().isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print / save as PDF" }).isVisible()).toBe(false);
    expect(await page.locator("article[data-notice-id]").first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(browser.outputDir, "notice-letters-print.png"), fullPage: true });
    const pdfPath = path.join(browser.outputDir, "notice-letters.pdf");
    await page.pdf({ path: pdfPath, format: "Letter", printBackground: true });
    const pdf = await readFile(pdfPath);
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // One letter to a page at least: as many pages as letters.
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThanOrEqual(notices.length);
    await page.emulateMedia({ media: "screen" });
    expect(await page.getByRole("button", { name: "Print / save as PDF" }).isVisible()).toBe(true);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("a Level I findings notice opens as a letter: findings, the authorities referred to, not appealable", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    // The demo data holds no Level I notice: a new screen with an MI indication issues one (CO 8.401.193 A–B).
    const { screenId } = await newMhScreen();
    const { levelOneScreen } = await ask(
      tokens.mh,
      `query ($id: ID!) { levelOneScreen(id: $id) { notices { id recipient findings appealRights levelTwoDueOn } } }`,
      {
        id: screenId,
      },
    );
    expect(levelOneScreen.notices.length).toBeGreaterThan(0);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "mh-authority");
    await page.goto(new URL(`/ui/notices/level-one/${screenId}`, hub.gatewayUrl).href);
    await expect.poll(() => page.locator("article[data-notice-id]").count()).toBe(levelOneScreen.notices.length);
    for (const notice of levelOneScreen.notices as {
      id: string;
      recipient: GraphNotice["recipient"];
      findings: string;
      appealRights: string;
      levelTwoDueOn: string;
    }[]) {
      const letter = page.locator(`article[data-notice-id="${notice.id}"]`);
      expect(await letter.locator('[data-field="recipient"]').textContent()).toBe(recipientInWords[notice.recipient]);
      expect(await letter.locator('[data-field="decision"]').textContent()).toBe(notice.findings);
      expect(await letter.locator('[data-field="appeal-rights"]').textContent()).toBe(notice.appealRights);
      expect(await letter.locator('[data-field="level-two-due-on"]').textContent()).toBe(notice.levelTwoDueOn);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "level-one-notice.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("a referral changed after the worklist was read is not recorded, and the form says why", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    const referralId = await newMhReferral();
    await signInAsDemoPartner(page, hub.gatewayUrl!, "mh-authority");
    const row = page.locator(`tr[data-row="${referralId}"]`);
    await row.getByRole("button", { name: /Record determination/ }).click();
    await fillDetermination(page);
    // Meanwhile someone else at the authority determines it.
    await ask(tokens.mh, recordDetermination, { input: determinationInput(referralId, "2026-11-21", { seriousMentalIllnessPrimary: false }) });
    await page.getByRole("dialog").getByRole("button", { name: "Record determination" }).click();
    const conflict = page.locator('[data-code="CONFLICT"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain("Nothing was recorded");
    const { levelTwoReferral } = await ask(tokens.mh, referralInGraph, { id: referralId });
    expect(levelTwoReferral.determination.evaluatorName).toBe("Dr. Test Evaluator, MD");
    await conflict.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(browser.outputDir, "determination-conflict.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("the DD authority sees no MH referral: its open list is empty, and all it sees are DD referrals", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    const everyDd = await ask(tokens.dd, `{ levelTwoReferrals(first: 100) { edges { node { id authority status } } } }`);
    const seen = everyDd.levelTwoReferrals.edges.map((e: { node: { id: string; authority: string; status: string } }) => e.node);
    expect(seen.every((r: { authority: string }) => r.authority === "DD")).toBe(true);
    expect(seen.filter((r: { status: string }) => r.status === "OPEN")).toEqual([]);

    await signInAsDemoPartner(page, hub.gatewayUrl!, "dd-authority");
    await expect.poll(() => page.locator('[data-empty-worklist="Level II referrals"]').textContent()).toBe("No open referrals are assigned to your authority.");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "dd-authority-empty.png"), fullPage: true });

    await page.locator('label[for$="-ALL"]').click();
    await expect.poll(() => page.locator("tr[data-row]").count()).toBe(seen.length);
    expect(await page.locator(`tr[data-row="${person3Referral}"]`).count()).toBe(0);
    const authorities = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(authorities.length).toBe(seen.length);
    for (const authority of authorities) expect(authority).toMatch(/^DD\b/);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("a hospital sees its own screen's open referral read-only: no record button", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    const referralId = await newMhReferral();
    await signInAsDemoPartner(page, hub.gatewayUrl!, "hospital");
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Level II referrals");
    const row = page.locator(`tr[data-row="${referralId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("Open");
    expect(await page.getByRole("button", { name: /Record determination/ }).count()).toBe(0);
    expect(await page.locator("main").textContent()).toContain("Only the MH or DD authority records a determination");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "hospital-read-only.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

/** The form filled as an evaluator would: SMI primary, NF and specialized services needed, two services, a representative. */
async function fillDetermination(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: "Yes" }).check();
  await dialog.getByLabel("Needs specialized services", { exact: true }).check();
  await dialog.getByLabel(/^Recommended services/).fill("Weekly psychiatric follow-up\nMedication management");
  await dialog.getByLabel("Evaluator's name and qualification").fill("Dr. Ana Ruiz, psychiatrist");
  await dialog.getByLabel(/has a legal representative/).check();
}
