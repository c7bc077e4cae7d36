import { demoPeople } from "@pasrr/devtools/demo-cast";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchTestBrowser, seriousAccessibilityViolations, signInAsDemoPartner, signOut, watchedPage, type TestBrowser } from "../support/browser.ts";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/** The second demo person: a resident of DEMO-NF-0002 with a dual Level II and a hospital leave (demo-cast.ts). */
const tobias = demoPeople[1]!;
/** The fourth: a resident of DEMO-NF-0001 whose Level of Care was superseded 20 days ago. */
const ysolde = demoPeople[3]!;

const graphRecords = `query TimelineCheck($id: ID!) {
  individual(id: $id) {
    stays { admittedOn dischargedOn leavePeriods { leftOn returnedOn } }
    levelOneScreens { screenedOn referrals { determination { determinedOn outcome } } }
    pasrrCompliance { from knownThrough }
    levelOfCareDeterminations(includeSuperseded: true) { effectiveFrom effectiveThrough supersededBy { id } }
  }
}`;
const graphCoverage = `query CoverageCheck($id: ID!, $from: Date!, $to: Date!) {
  individual(id: $id) { coverageExplanation(from: $from, to: $to) { timeline { from through payable reason rule } } }
}`;

/** The timeline table's rows of one lane, as [from, through, what, details]. */
async function laneRows(page: Page, lane: string): Promise<string[][]> {
  return page
    .locator(`[data-timeline-table] tr[data-lane="${lane}"]`)
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].slice(1).map((cell) => cell.textContent ?? "")));
}

const sorted = (values: string[]) => [...values].sort();

/**
 * Issue 23, a person's timeline: the state agency finds a demo person by name (score and reasons
 * shown), opens their timeline, and reads on it the stays, leaves, Level II and Level of Care
 * determinations and the unpayable days with their reasons exactly as the graph answers them; the
 * MH authority, which may not read stays, sees the lanes it may and a "Not permitted" note.
 */
describe("a person's timeline in a browser", () => {
  let hub: TestHub;
  let browser: TestBrowser;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    browser = await launchTestBrowser("ui-timeline");
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("finds a person by name with the score and reasons, and shows their records and payable days on one time axis as the graph holds them", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "state-agency");
    await page.getByRole("link", { name: "Find a person" }).click();
    await page.getByRole("heading", { name: "Find a person" }).waitFor();

    // Nobody by this name: the empty state says so in words.
    await page.getByLabel("Family name").fill("Zzyxwvut");
    await page.getByRole("button", { name: "Search" }).click();
    await page.locator('[data-empty-worklist="People found"]').waitFor();

    await page.getByLabel("Family name").fill(tobias.familyName);
    await page.getByLabel("Date of birth").fill(tobias.birthDate);
    await page.getByRole("button", { name: "Search" }).click();
    const link = page.getByRole("link", { name: `Timeline of ${tobias.givenName} ${tobias.familyName}` });
    await link.waitFor();
    const found = page.getByRole("table", { name: "People found" }).locator("tbody tr").first();
    expect(await found.textContent()).toMatch(/family name: exact/);
    expect(await found.textContent()).toMatch(/birth date: exact/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "people-search.png"), fullPage: true });

    await link.click();
    await page.waitForURL(new RegExp(`/ui/people/${tobias.id}$`));
    await page.locator("[data-timeline-table]").waitFor();
    const windowHeading = (await page.locator("[data-timeline-window]").textContent())!;
    const [, from = "", to = ""] = /From (\S+) to (\S+)/.exec(windowHeading)!;
    expect(to).toBe(hub.today);

    const state = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "timeline-check" });
    const records = await graphql(hub.gatewayUrl!, graphRecords, { token: state, variables: { id: tobias.id } });
    expect(records.errors).toBeUndefined();
    const person = records.data!.individual;
    // The window opens at the first record the role may read.
    const firstDays: string[] = [
      ...person.stays.map((s: { admittedOn: string }) => s.admittedOn),
      ...person.levelOneScreens.map((s: { screenedOn: string }) => s.screenedOn),
      ...person.pasrrCompliance.filter((p: { knownThrough: string | null }) => !p.knownThrough).map((p: { from: string }) => p.from),
      ...person.levelOfCareDeterminations.map((d: { effectiveFrom: string }) => d.effectiveFrom),
    ];
    expect(from).toBe(sorted(firstDays)[0]);

    expect((await laneRows(page, "stays")).map((row) => row[0])).toEqual(person.stays.map((s: { admittedOn: string }) => s.admittedOn).sort());
    const leaves = person.stays.flatMap((s: { leavePeriods: { leftOn: string }[] }) => s.leavePeriods.map((l) => l.leftOn));
    expect(leaves.length).toBeGreaterThan(0);
    expect(sorted((await laneRows(page, "leaves")).map((row) => row[0]!))).toEqual(sorted(leaves));
    const determinations = person.levelOneScreens.flatMap((s: { referrals: { determination: { determinedOn: string } | null }[] }) =>
      s.referrals.flatMap((r) => (r.determination ? [r.determination.determinedOn] : [])),
    );
    expect(determinations.length).toBe(2);
    expect(sorted((await laneRows(page, "levelTwo")).map((row) => row[0]!))).toEqual(sorted(determinations));
    expect((await laneRows(page, "levelOfCare")).length + (await laneRows(page, "levelOfCareSuperseded")).length).toBe(person.levelOfCareDeterminations.length);

    const coverage = await graphql(hub.gatewayUrl!, graphCoverage, { token: state, variables: { id: tobias.id, from, to } });
    expect(coverage.errors).toBeUndefined();
    const spans: { from: string; through: string; payable: boolean; reason: string | null; rule: string }[] =
      coverage.data!.individual.coverageExplanation.timeline;
    const unpayable = spans.filter((span) => !span.payable);
    expect(unpayable.length).toBeGreaterThan(0);
    const shown = await laneRows(page, "unpayable");
    expect(shown.map(([f, t, , detail]) => [f, t, detail])).toEqual(unpayable.map((span) => [span.from, span.through, `${span.reason}: ${span.rule}`]));
    // The reason in words, not the code.
    for (const [, , what] of shown) expect(what).not.toMatch(/^[A-Z_]+$/);
    expect((await laneRows(page, "payable")).map(([f, t]) => [f, t])).toEqual(spans.filter((s) => s.payable).map((s) => [s.from, s.through]));
    // The chart draws the lanes it got, named on its axis.
    await expect.poll(() => page.locator("[data-timeline-chart]").textContent()).toContain("Unpayable days");
    expect(await page.locator("[data-not-permitted]").count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "person-timeline.png"), fullPage: true });

    // A superseded Level of Care reads as such, beside the one that superseded it.
    await page.goto(new URL(`/ui/people/${ysolde.id}`, hub.gatewayUrl).href);
    await page.locator("[data-timeline-table]").waitFor();
    const ysoldeLoc = await graphql(hub.gatewayUrl!, graphRecords, { token: state, variables: { id: ysolde.id } });
    const superseded = ysoldeLoc.data!.individual.levelOfCareDeterminations.filter((d: { supersededBy: unknown }) => d.supersededBy);
    expect(superseded.length).toBeGreaterThan(0);
    const standing = ysoldeLoc.data!.individual.levelOfCareDeterminations.filter((d: { supersededBy: unknown }) => !d.supersededBy);
    expect((await laneRows(page, "levelOfCare")).map(([f]) => f)).toEqual(standing.map((d: { effectiveFrom: string }) => d.effectiveFrom).sort());
    const supersededRows = await laneRows(page, "levelOfCareSuperseded");
    expect(supersededRows.map(([f]) => f)).toEqual(superseded.map((d: { effectiveFrom: string }) => d.effectiveFrom).sort());
    for (const [, , what] of supersededRows) expect(what).toContain("(superseded)");
    await expect.poll(() => page.locator("[data-timeline-chart]").textContent()).toContain("Superseded Level of Care");
    await page.screenshot({ path: path.join(browser.outputDir, "person-timeline-superseded.png"), fullPage: true });

    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await signOut(page);
  }, 180_000);

  it("shows a PAA, which may read the payable days but not their explanation, the days and reasons levelOfCareCoverage answers", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "paa");
    await page.goto(new URL(`/ui/people/${tobias.id}`, hub.gatewayUrl).href);
    await page.locator("[data-timeline-table]").waitFor();
    const [, from = "", to = ""] = /From (\S+) to (\S+)/.exec((await page.locator("[data-timeline-window]").textContent())!)!;

    const paa = await hub.token({ role: "PAA", counties: ["Hamilton", "Butler"], organisationId: "demo-paa-region-1" });
    const explanation = await graphql(hub.gatewayUrl!, graphCoverage, { token: paa, variables: { id: tobias.id, from, to } });
    expect(errorCodes(explanation)).toEqual(["FORBIDDEN"]);
    const coverage = await graphql(
      hub.gatewayUrl!,
      `query($id: ID!, $from: Date!, $to: Date!) { individual(id: $id) { levelOfCareCoverage(from: $from, to: $to) { coveredSpans { from through } uncoveredSpans { from through reason } } } }`,
      { token: paa, variables: { id: tobias.id, from, to } },
    );
    expect(coverage.errors).toBeUndefined();
    const { coveredSpans, uncoveredSpans } = coverage.data!.individual.levelOfCareCoverage;
    expect(uncoveredSpans.length).toBeGreaterThan(0);
    const shown = await laneRows(page, "unpayable");
    expect(shown.map(([f, t, , detail]) => [f, t, detail!.split(" ")[0]])).toEqual(
      uncoveredSpans.map((s: { from: string; through: string; reason: string }) => [s.from, s.through, s.reason]),
    );
    expect((await laneRows(page, "payable")).map(([f, t]) => [f, t])).toEqual(coveredSpans.map((s: { from: string; through: string }) => [s.from, s.through]));
    expect(await page.locator("[data-not-permitted]").count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
    await signOut(page);
  }, 120_000);

  it("shows the MH authority the lanes it may read and names the others as not permitted, without a crash", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "mh-authority");
    // The authority reaches a person by id (from its referral worklist).
    await page.goto(new URL(`/ui/people/${tobias.id}`, hub.gatewayUrl).href);
    await page.locator("[data-timeline-table]").waitFor();
    const note = page.locator("[data-not-permitted]");
    expect(await note.textContent()).toMatch(/Not permitted to see: .*Stays, Leaves, Payer periods/);
    expect(await note.textContent()).toContain("Payable days");

    // The graph agrees: stays are FORBIDDEN to this role, its referrals' screens are not.
    const mh = await hub.token({ role: "MH_AUTHORITY", organisationId: "demo-mh-authority" });
    expect(
      errorCodes(await graphql(hub.gatewayUrl!, `query($id: ID!) { individual(id: $id) { stays { id } } }`, { token: mh, variables: { id: tobias.id } })),
    ).toEqual(["FORBIDDEN"]);
    const screens = await graphql(hub.gatewayUrl!, `query($id: ID!) { individual(id: $id) { levelOneScreens { screenedOn } } }`, {
      token: mh,
      variables: { id: tobias.id },
    });
    expect(screens.errors).toBeUndefined();
    expect(sorted((await laneRows(page, "screens")).map((row) => row[0]!))).toEqual(
      sorted(screens.data!.individual.levelOneScreens.map((s: { screenedOn: string }) => s.screenedOn)),
    );
    expect(await laneRows(page, "stays")).toEqual([]);
    await expect.poll(() => page.locator("[data-timeline-chart]").textContent()).toContain("Level II determinations");
    expect(await page.locator("[data-timeline-chart]").textContent()).not.toContain("Stays");

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "person-timeline-not-permitted.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
