import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, compareDates, dateInTimeZone } from "@pasrr/calendar/calendar-date";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { launchTestBrowser, seriousAccessibilityViolations, signInAsDemoPartner, watchedPage, type TestBrowser } from "../support/browser.ts";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { waitUntil } from "../support/wait-until.ts";

/** The census feed delivers within a test's patience (as the Resident Review story tests set it). */
const feedEnv = { CENSUS_FEED_POLL_MS: "200", CENSUS_FEED_RETRY_BASE_MS: "200", CENSUS_FEED_RETRY_MAX_MS: "1000" };
const clermontMeadows = "0193a000-0000-7000-8000-00000000f102";
const ysolde = demoPeople[3]!;

/**
 * Issue 23, the state Medicaid agency's pages in a browser: the duplicate-review queue (compare,
 * merge, unmerge, not a duplicate, a decision someone else made first), the audit trail search,
 * and the dashboard's three charts, each checked against what the graph then holds.
 */
describe("the state agency's pages in a browser", () => {
  let hub: TestHub;
  let browser: TestBrowser;
  let state: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: feedEnv });
    browser = await launchTestBrowser("ui-state");
    state = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "demo-state-agency" });
    await admitWithoutPasrr();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** Asks the graph directly with a token, as a partner would; fails on any error. */
  async function ask<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = state): Promise<T> {
    const answer = await graphql<T>(hub.gatewayUrl!, query, { token, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  }

  /**
   * Overdue Resident Reviews for the dashboard: three admissions with no PASRR on file (the review
   * is due on the day of admission, overdue the next: OH guide, OAC 5160-3-15.1(B)(7)), at three
   * facilities in three counties, 45, 20 and 3 days ago.
   */
  async function admitWithoutPasrr() {
    const admissions = [
      { facilityId: demoFacilities[2]!.id, daysAgo: 20, person: "0193a000-0000-7000-8000-0000000ab001" },
      { facilityId: clermontMeadows, daysAgo: 45, person: "0193a000-0000-7000-8000-0000000ab002" },
      { facilityId: demoFacilities[0]!.id, daysAgo: 3, person: "0193a000-0000-7000-8000-0000000ab003" },
    ];
    for (const admission of admissions) {
      const nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [admission.facilityId] });
      const data = await ask(
        `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`,
        {
          input: {
            facilityId: admission.facilityId,
            individualId: admission.person,
            kind: "ADMISSION",
            effectiveOn: addDays(hub.today, -admission.daysAgo),
            admissionSource: "COMMUNITY",
            payer: "MEDICAID",
          },
        },
        nf,
      );
      const id = data.recordCensusEvent.event.id as string;
      await waitUntil(`census event ${id} is delivered`, async () =>
        (await hub.subgraphs.facilities!.client.residentFactOutbox.findMany({ where: { censusEventId: id } })).every((row) => row.deliveredAt !== null),
      );
    }
  }

  /** A registration that resembles a demo person: held as a possible duplicate; its review's id. */
  async function possibleDuplicate(person: (typeof demoPeople)[number], familyName: string): Promise<{ reviewId: string; recordId: string }> {
    const data = await ask(`mutation ($i: RegisterIndividualInput!) { registerIndividual(input: $i) { outcome individual { id } review { id } } }`, {
      i: { givenName: person.givenName, familyName, birthDate: person.birthDate, county: person.county, state: person.state },
    });
    expect(data.registerIndividual.outcome).toBe("POSSIBLE_DUPLICATE");
    return { reviewId: data.registerIndividual.review.id, recordId: data.registerIndividual.individual.id };
  }

  async function expectAccessible(page: Page) {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  async function openReview(page: Page, name: string) {
    await page.getByRole("link", { name: "Duplicate reviews" }).click();
    await page.getByRole("button", { name: `Compare ${name} with the candidates` }).click();
    await page.locator("[data-comparison]").waitFor();
  }

  it("opens the demo's possible duplicate side by side with the reasons, merges it after a confirmation, unmerges it, and finds both in the audit trail", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    const waiting = await ask(
      `{ duplicateReviews { edges { node { id individual { id } candidates { score individual { id } reasons { field agreement weight } } } } } }`,
    );
    const review = waiting.duplicateReviews.edges.map((e: any) => e.node).find((n: any) => n.candidates[0]?.individual?.id === ysolde.id);
    expect(review, "the demo's possible duplicate of person 4 waits").toBeTruthy();
    const recordId = review.individual.id as string;

    await signInAsDemoPartner(page, hub.gatewayUrl!, "state-agency");
    await openReview(page, "Ysolde Brannigan");
    // Both records, side by side: the registration's name and the demo person's, the same birth date, her Medicaid ID.
    const comparison = page.locator("[data-comparison]");
    await expect.poll(() => comparison.locator('[data-field="Name"]').innerText()).toMatch(/Ysolde Brannigan\s+Ysolde Brannigan-Okafor/);
    expect(await comparison.locator('[data-field="Birth date"]').innerText()).toMatch(/1946-02-11\s+1946-02-11/);
    expect(await comparison.locator('[data-field="Identifiers"]').innerText()).toContain("999900000004");
    expect(await comparison.locator('[data-field="Name"] th').innerText()).toContain("(differs)");
    // The reasons as the graph scored them: every field's weight, and the total.
    const reasons = page.locator("[data-reasons]");
    expect(await reasons.locator("caption").innerText()).toContain(`Score ${review.candidates[0].score.toFixed(2)}`);
    for (const reason of review.candidates[0].reasons)
      expect(await reasons.locator(`[data-reason="${reason.field}"]`).innerText()).toContain(reason.weight.toFixed(2));
    expect(await reasons.locator('[data-reason="BIRTH_DATE"]').innerText()).toContain("the same");
    await expectAccessible(page);
    await page.screenshot({ path: path.join(browser.outputDir, "duplicate-review.png"), fullPage: true });

    // Merge: the same person as candidate 1, confirmed in a dialog first.
    await page.getByLabel(/Same person as candidate 1/).check();
    await page.getByLabel(/Reason/).fill("Same name and birth date; the hospital left out her second family name");
    await page.getByRole("button", { name: "Record the decision" }).click();
    const dialog = page.getByRole("dialog", { name: "Merge these records?" });
    await dialog.waitFor();
    expect(await ask(`query ($id: ID!) { duplicateReview(id: $id) { status } }`, { id: review.id })).toEqual({ duplicateReview: { status: "OPEN" } });
    await expectAccessible(page);
    await page.screenshot({ path: path.join(browser.outputDir, "duplicate-merge-confirm.png"), fullPage: true });
    await dialog.getByRole("button", { name: "Merge the records" }).click();
    await expect.poll(() => page.locator("[data-hub-answer]").innerText()).toContain(`merged the record into Ysolde Brannigan-Okafor (${ysolde.id})`);

    // The graph holds the resolution and the merge: the record's id now resolves to the survivor.
    const merged = await ask(
      `query ($id: ID!, $record: ID!) { duplicateReview(id: $id) { status resolution individual { id mergedIds } } individual(id: $record) { id } }`,
      { id: review.id, record: recordId },
    );
    expect(merged.duplicateReview).toEqual({
      status: "SAME_PERSON",
      resolution: "Same name and birth date; the hospital left out her second family name",
      individual: { id: ysolde.id, mergedIds: [recordId] },
    });
    expect(merged.individual.id).toBe(ysolde.id);
    await expect.poll(() => page.locator("[data-review-status]").getAttribute("data-review-status")).toBe("SAME_PERSON");
    await page.screenshot({ path: path.join(browser.outputDir, "duplicate-merged.png"), fullPage: true });

    // Unmerge the record merged by the decision.
    await page.getByRole("button", { name: "Unmerge Ysolde Brannigan" }).click();
    const unmergeDialog = page.getByRole("dialog", { name: "Unmerge this record?" });
    await unmergeDialog.getByLabel(/Reason for the unmerge/).fill("Merged too early: the hospital's patient has another mother's maiden name");
    await unmergeDialog.getByRole("button", { name: "Unmerge the records" }).click();
    await expect.poll(() => page.locator("[data-hub-answer]").innerText()).toContain(`separated Ysolde Brannigan (${recordId}, now active)`);
    const apart = await ask(
      `query ($record: ID!, $survivor: ID!) { record: individual(id: $record) { id status } survivor: individual(id: $survivor) { id mergedIds } }`,
      {
        record: recordId,
        survivor: ysolde.id,
      },
    );
    expect(apart).toEqual({ record: { id: recordId, status: "ACTIVE" }, survivor: { id: ysolde.id, mergedIds: [] } });
    await expect.poll(() => page.locator(`[data-merge="${recordId}"]`).getAttribute("data-undone")).toBe("true");
    await expectAccessible(page);
    await page.screenshot({ path: path.join(browser.outputDir, "duplicate-unmerged.png"), fullPage: true });

    // The audit trail: the record just touched, searched by its id, shows the decision and the unmerge.
    await page.getByRole("link", { name: "Audit trail" }).click();
    await page.getByLabel("Record id").fill(recordId);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const events = page.getByRole("table", { name: "Audit events, newest first" });
    await expect.poll(() => events.innerText()).toContain("unmergeIndividual");
    expect(await events.innerText()).toContain("resolveDuplicateReview");
    const graphTrail = await ask(`query ($f: AuditEventFilter) { individualsAuditEvents(filter: $f, first: 25) { edges { node { occurredAt writes } } } }`, {
      f: { entityId: recordId },
    });
    const expected = graphTrail.individualsAuditEvents.edges.map((e: any) => e.node);
    expect(expected.map((e: any) => e.writes).flat()).toEqual(expect.arrayContaining(["resolveDuplicateReview", "unmergeIndividual"]));
    // Every individuals event the graph lists for the record is a row, newest first, naming its service.
    const rows = await events.locator("tbody tr").allInnerTexts();
    const individualsRows = rows.filter((row) => row.includes("\tindividuals\t"));
    expect(individualsRows).toHaveLength(expected.length);
    expect(individualsRows[0]).toContain(`${expected[0].occurredAt.slice(0, 10)} ${expected[0].occurredAt.slice(11, 19)} UTC`);
    const times = rows.map((row) => row.slice(0, 23));
    expect([...times].sort().reverse()).toEqual(times);
    expect(await page.locator('[data-service="individuals"] td').first().innerText()).toBe(String(expected.length));
    await expectAccessible(page);
    await page.screenshot({ path: path.join(browser.outputDir, "audit-trail.png"), fullPage: true });
    // The days are the hub's calendar days: from the newest event's day it is still found, from the next day nothing is.
    const newestDay = dateInTimeZone(new Date(expected[0].occurredAt), (await ask(`{ hubCalendar { timeZone } }`)).hubCalendar.timeZone);
    await page.getByLabel("From day").fill(newestDay);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => events.locator("tbody tr").first().innerText()).toContain(expected[0].occurredAt.slice(11, 19));
    await page.getByLabel("From day").fill(addDays(newestDay, 1));
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByText("No audit events match this search.").waitFor();

    // Paging: 26 audited reads of the record's birth date (by another state desk, outside this one's request rate)
    // make more than a page (25) of its individuals events; "Older" shows the graph's second page, "Newer" the first.
    const otherDesk = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "state-paging-reads" });
    for (let read = 0; read < 26; read += 1) await ask(`query ($id: ID!) { individual(id: $id) { id birthDate } }`, { id: recordId }, otherDesk);
    const trailPage = `query ($f: AuditEventFilter, $after: String) { individualsAuditEvents(filter: $f, first: 25, after: $after) { edges { node { occurredAt } } pageInfo { hasNextPage endCursor } } }`;
    const firstPage = (await ask(trailPage, { f: { entityId: recordId }, after: null }, otherDesk)).individualsAuditEvents;
    const secondPage = (await ask(trailPage, { f: { entityId: recordId }, after: firstPage.pageInfo.endCursor }, otherDesk)).individualsAuditEvents;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const shown = (event: { node: { occurredAt: string } }) => `${event.node.occurredAt.slice(0, 10)} ${event.node.occurredAt.slice(11, 19)} UTC`;
    const newestIndividualsRow = async () => (await events.locator("tbody tr").allInnerTexts()).find((row) => row.includes("\tindividuals\t"));
    await page.getByLabel("From day").fill("");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(newestIndividualsRow).toContain(shown(firstPage.edges[0]));
    await page.getByRole("button", { name: "Older Individuals events" }).click();
    await expect.poll(newestIndividualsRow).toContain(shown(secondPage.edges[0]));
    await page.getByRole("button", { name: "Newer Individuals events" }).click();
    await expect.poll(newestIndividualsRow).toContain(shown(firstPage.edges[0]));

    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("records 'not a duplicate' and, when someone else decided a review first, explains the CONFLICT instead of overwriting", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    const wren = await possibleDuplicate(demoPeople[2]!, "Abernathy");
    const tobias = await possibleDuplicate(demoPeople[1]!, "Marchetti");
    await signInAsDemoPartner(page, hub.gatewayUrl!, "state-agency");

    await openReview(page, "Wren Abernathy");
    await page.getByLabel("Not a duplicate: different people").check();
    await page.getByLabel(/Reason/).fill("Different mothers' names on the hospital record");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect.poll(() => page.locator("[data-hub-answer]").innerText()).toContain("recorded the two as different people");
    const decided = await ask(`query ($id: ID!, $record: ID!) { duplicateReview(id: $id) { status } individual(id: $record) { id status } }`, {
      id: wren.reviewId,
      record: wren.recordId,
    });
    expect(decided).toEqual({ duplicateReview: { status: "NOT_SAME_PERSON" }, individual: { id: wren.recordId, status: "ACTIVE" } });

    // Someone else decides the next review while it is open on this screen: the hub refuses the stale decision.
    await openReview(page, "Tobias Marchetti");
    await ask(`mutation ($i: ResolveDuplicateReviewInput!) { resolveDuplicateReview(input: $i) { duplicateReview { status } } }`, {
      i: { reviewId: tobias.reviewId, decision: { outcome: "NOT_SAME_PERSON", reason: "decided at another desk" } },
    });
    await page.getByLabel("Not a duplicate: different people").check();
    await page.getByLabel(/Reason/).fill("Different people");
    await page.getByRole("button", { name: "Record the decision" }).click();
    const conflict = page.locator('[role="alert"][data-code="CONFLICT"]');
    await expect.poll(() => conflict.innerText()).toContain("Someone changed this record after you opened it");
    await expectAccessible(page);
    await page.screenshot({ path: path.join(browser.outputDir, "duplicate-conflict.png"), fullPage: true });
    await page.getByRole("button", { name: "Reload the review" }).click();
    await expect.poll(() => page.locator("[data-review-status]").innerText()).toContain("decided at another desk");
    // The queue too shows what the hub now holds: neither review waits any more.
    await expect.poll(() => page.getByRole("button", { name: "Compare Tobias Marchetti with the candidates" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Compare Wren Abernathy with the candidates" }).count()).toBe(0);
    expect(await ask(`query ($id: ID!) { duplicateReview(id: $id) { resolution } }`, { id: tobias.reviewId })).toEqual({
      duplicateReview: { resolution: "decided at another desk" },
    });

    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("draws the dashboard's three charts, each with a table whose numbers are the graph's", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "state-agency");
    await page.getByRole("link", { name: "Dashboard" }).click();
    for (const chart of ["overdue-reviews", "referral-turnaround", "imd-share"]) {
      await page.locator(`[data-chart-table="${chart}"]`).waitFor();
      expect(await page.locator(`[data-chart="${chart}"] .recharts-bar-rectangle`).count(), chart).toBeGreaterThan(0);
    }

    // Overdue Resident Reviews by county, per week: each week's count from the graph as of that day.
    const facilities = new Map<string, { county: string; name: string }>(
      (await ask(`{ facilities(first: 100) { edges { node { id name county } } } }`)).facilities.edges.map((e: any) => [e.node.id, e.node]),
    );
    const weeks = Array.from({ length: 8 }, (_, i) => addDays(hub.today, -7 * (7 - i)));
    let overdueSeen = 0;
    for (const asOf of weeks) {
      const data = await ask(`query ($asOf: Date!) { overdueResidentReviews(asOf: $asOf, first: 100) { edges { node { facilityId } } } }`, { asOf });
      const counties = data.overdueResidentReviews.edges.map((e: any) => facilities.get(e.node.facilityId)!.county);
      const row = page.locator(`[data-chart-table="overdue-reviews"] tr[data-x="${asOf}"]`);
      for (const county of ["Clermont", "Franklin", "Hamilton"]) {
        const expected = counties.filter((c: string) => c === county).length;
        overdueSeen += expected;
        expect(await row.locator(`td[data-series="${county}"]`).innerText(), `${county} as of ${asOf}`).toBe(String(expected));
      }
    }
    // Admitted 45, 20 and 3 days ago: overdue in 7, 3 and 1 of the weeks' days; and the demo's own
    // significant change of person 4 at Maple Terrace (Hamilton), due 6 days ago: overdue today only.
    expect(overdueSeen).toBe(12);
    expect(await page.locator('[data-chart-summary="overdue-reviews"]').getAttribute("aria-label")).toContain(`${hub.today}: 4`);
    await page.getByText("By facility").click();
    await expect.poll(() => page.locator('[data-chart-table="overdue-reviews"] thead').innerText()).toContain("Clermont Meadows Nursing Center");
    expect(await page.locator(`[data-chart-table="overdue-reviews"] tr[data-x="${hub.today}"] td[data-series="Cedar Hollow Health Campus"]`).innerText()).toBe(
      "1",
    );

    // Level II turnaround: each referral against its due day, counted here from the graph's own answer.
    const referrals = (
      await ask(`{ levelTwoReferrals(first: 100) { edges { node { authority dueOn determination { determinedOn } } } } }`)
    ).levelTwoReferrals.edges.map((e: any) => e.node);
    for (const authority of ["MH", "DD"]) {
      const mine = referrals.filter((r: any) => r.authority === authority);
      const count = (test: (r: any) => boolean) => String(mine.filter(test).length);
      const row = page.locator(`[data-chart-table="referral-turnaround"] tr[data-x="${authority}"]`);
      const cell = (label: string) => row.locator(`td[data-series="${label}"]`).innerText();
      expect(await cell("Determined on or before the due day")).toBe(count((r) => r.determination && compareDates(r.determination.determinedOn, r.dueOn) <= 0));
      expect(await cell("Determined after the due day")).toBe(count((r) => r.determination && compareDates(r.determination.determinedOn, r.dueOn) > 0));
      expect(await cell("Open, past the due day")).toBe(count((r) => !r.determination && compareDates(hub.today, r.dueOn) > 0));
    }
    expect(referrals.length).toBeGreaterThan(0);

    // IMD share: each facility's share in percent, and the two thresholds drawn as reference lines.
    const imd = (await ask(`{ imdReview { nursingFacilities { name imdShare { share residentCount primarySeriousMentalIllnessCount } } } }`)).imdReview
      .nursingFacilities;
    for (const facility of imd) {
      const row = page.locator(`[data-chart-table="imd-share"] tr[data-x="${facility.name}"]`);
      expect(await row.locator('td[data-series="Primary-SMI share (%)"]').innerText()).toBe(String(Math.round(facility.imdShare.share * 1000) / 10));
      expect(await row.locator('td[data-series="Current residents"]').innerText()).toBe(String(facility.imdShare.residentCount));
    }
    expect(imd.some((f: any) => f.imdShare.share > 0)).toBe(true);
    expect(await page.locator('[data-chart="imd-share"] .recharts-reference-line').count()).toBe(2);
    expect(await page.locator('[data-chart="imd-share"]').innerText()).toContain("CO 10 CCR 2505-10 8.401.4");

    await expectAccessible(page);
    await page.screenshot({ path: path.join(browser.outputDir, "dashboard.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("keeps the chart library in the dashboard's chunk: the shell, the duplicate reviews and the audit trail load none of it", async () => {
    const dist = path.join(import.meta.dirname, "..", "..", "ui", "dist");
    const manifest = JSON.parse(await readFile(path.join(dist, ".vite", "manifest.json"), "utf8")) as Record<string, { file: string; imports?: string[] }>;
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const next of manifest[key]?.imports ?? []) closure(next, seen);
      return seen;
    };
    const files = (key: string) => [...closure(key)].map((k) => manifest[k]!.file);
    const recharts = async (file: string) => (await readFile(path.join(dist, file), "utf8")).includes("recharts-surface");
    for (const entry of ["index.html", "src/pages/state/duplicate-reviews.tsx", "src/pages/state/audit-trail.tsx"])
      for (const file of files(entry)) expect(await recharts(file), `${entry} → ${file}`).toBe(false);
    expect((await Promise.all(files("src/pages/state/dashboard.tsx").map(recharts))).some(Boolean)).toBe(true);
  });

  it("a PAA opening the audit trail is told it is not permitted and sees no events", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "paa");
    await page.goto(new URL("/ui/state/audit", hub.gatewayUrl).href);
    const notice = page.locator('[role="alert"][data-code="FORBIDDEN"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain("Not permitted");
    expect(await page.getByRole("table", { name: "Audit events, newest first" }).count()).toBe(0);
    expect(await page.locator("main").innerText()).not.toMatch(/individuals\t|STATE_MEDICAID_AGENCY/);
    await expectAccessible(page);
    await page.screenshot({ path: path.join(browser.outputDir, "audit-forbidden.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
