import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@pasrr/calendar/calendar-date";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { launchTestBrowser, seriousAccessibilityViolations, signInAsDemoPartner, watchedPage, type TestBrowser } from "../support/browser.ts";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { waitUntil } from "../support/wait-until.ts";

/**
 * Issue 23, the nursing facility's worklists (/ui/facility): a NF's admissions coordinator at
 * Maple Terrace reads today's census, records a leave, the return, a correction and a discharge,
 * admits someone with no PAS and finds the review due and the compliance finding it makes; every
 * step is checked in the graph with a token, not only on the page.
 */
// The census feed's relay polls fast, so the admission's Resident Review reaches screenings in seconds.
const feedEnv = { CENSUS_FEED_POLL_MS: "200", CENSUS_FEED_RETRY_BASE_MS: "200", CENSUS_FEED_RETRY_MAX_MS: "1000" };
const [orla, tobias, wren, ysolde] = demoPeople as [(typeof demoPeople)[0], (typeof demoPeople)[0], (typeof demoPeople)[0], (typeof demoPeople)[0]];
const [maple, riverbend] = demoFacilities as [(typeof demoFacilities)[0], (typeof demoFacilities)[0]];

describe("the nursing facility's worklists in a browser", () => {
  let hub: TestHub;
  let browser: TestBrowser;
  let stateToken: string;
  let nfToken: string;

  const ask = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(hub.gatewayUrl!, query, { token, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };
  const day = (offset: number) => addDays(hub.today, offset);

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true, env: feedEnv });
    browser = await launchTestBrowser("ui-facility");
    stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    nfToken = await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id], organisationId: "demo-maple-terrace" });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("shows today's census of its own facility only: a resident of another facility never appears", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "nursing-facility");
    await page.waitForURL(/\/ui\/facility$/);
    await expect.poll(() => page.locator("main h1").allTextContents()).toEqual(["Facility worklists"]);
    await page.getByText(`${maple.name} (${maple.providerNumber})`).waitFor();
    const census = page.getByRole("table", { name: "Today's census" });
    await census.waitFor();
    await expect
      .poll(() => census.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row")).sort()))
      .toEqual([orla.id, ysolde.id].sort());
    await expect.poll(() => census.textContent()).toContain(`${orla.givenName} ${orla.familyName}`);
    expect(await census.textContent()).not.toContain(tobias.familyName);
    expect(await census.textContent()).toContain("Medicaid");

    // The graph agrees: Tobias lives at Riverbend today (so his absence here is the scope, not missing data).
    const other = await ask(stateToken, `query ($id: ID!) { facility(id: $id) { residents { individual { id } } } }`, { id: riverbend.id });
    expect(other.facility.residents.map((r: { individual: { id: string } }) => r.individual.id)).toContain(tobias.id);
    expect(await page.locator(`[data-row="${tobias.id}"], [data-row="${wren.id}"]`).count()).toBe(0);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "census.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("lets an organisation with several facilities choose one, and shows that facility's census", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    // No demo partner holds two facilities: the session a sign-in would keep, with a token the hub issued for both.
    const token = await hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id, riverbend.id], organisationId: "two-homes" });
    await page.goto(new URL("/ui/sign-in", hub.gatewayUrl!).href);
    await page.evaluate((session) => sessionStorage.setItem("pasrr-ui.session", session), JSON.stringify({ token, label: "Two homes" }));
    await page.goto(new URL("/ui/facility", hub.gatewayUrl!).href);
    const census = page.getByRole("table", { name: "Today's census" });
    await expect
      .poll(() => census.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row")).sort()))
      .toEqual([orla.id, ysolde.id].sort());
    await page.getByRole("combobox", { name: "Facility" }).click();
    await page.getByRole("option", { name: `${riverbend.name} (${riverbend.providerNumber})` }).click();
    await expect.poll(() => census.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row")))).toEqual([tobias.id]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "census-two-facilities.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("records a hospital leave, the return and a correction of the leave; the graph holds the events and the stay's leave period", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "nursing-facility");
    await page.getByRole("button", { name: `Record an event for ${orla.givenName} ${orla.familyName}` }).click();

    await chooseOption(page, "What happened", "Hospital leave (bed-hold)");
    await page.getByLabel("Day it happened").fill(day(-3));
    await page.getByRole("button", { name: "Record hospital leave (bed-hold)" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Recorded: Hospital leave (bed-hold) on ${day(-3)}` })
      .waitFor();
    await page.getByText(`Hospital leave from ${day(-3)}, still away`).waitFor();

    await chooseOption(page, "What happened", "Return from leave");
    await page.getByLabel("Day it happened").fill(day(-1));
    await page.getByRole("button", { name: "Record return from leave" }).click();
    await page.getByText(`Hospital leave from ${day(-3)}, back ${day(-1)}`).waitFor();

    await chooseOption(page, "What happened", "Correction of an earlier event");
    await chooseOption(page, "Event to correct", `Hospital leave (bed-hold) on ${day(-3)}`);
    await page.getByLabel("The day as it should read").fill(day(-4));
    await page.getByLabel("Reason for the correction").fill("The leave began the evening before; the night nurse entered it late.");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "record-correction.png"), fullPage: true });
    await page.getByRole("button", { name: "Record correction of an earlier event" }).click();
    await page.getByText(`Hospital leave from ${day(-4)}, back ${day(-1)}`).waitFor();
    await page.screenshot({ path: path.join(browser.outputDir, "record-outcome.png"), fullPage: true });

    const data = await ask(
      nfToken,
      `query ($id: ID!) { individual(id: $id) { currentStay { facility { id } leavePeriods { kind leftOn returnedOn } events { id kind effectiveOn reason corrects { id } } } } }`,
      { id: orla.id },
    );
    const stay = data.individual.currentStay;
    expect(stay.facility.id).toBe(maple.id);
    expect(stay.leavePeriods).toEqual([{ kind: "HOSPITAL_LEAVE", leftOn: day(-4), returnedOn: day(-1) }]);
    type Event = { id: string; kind: string; effectiveOn: string; reason: string | null; corrects: { id: string } | null };
    const leave = (stay.events as Event[]).find((event) => event.kind === "HOSPITAL_LEAVE")!;
    expect(leave.effectiveOn).toBe(day(-3));
    expect(stay.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "RETURN", effectiveOn: day(-1) }),
        expect.objectContaining({ kind: "CORRECTION", effectiveOn: day(-4), corrects: { id: leave.id }, reason: expect.stringContaining("evening before") }),
      ]),
    );
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("shows the hub's refusal on the field it names, then records the discharge; the stay is closed and the census no longer lists her", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "nursing-facility");
    await page.getByRole("button", { name: `Record an event for ${ysolde.givenName} ${ysolde.familyName}` }).click();
    await chooseOption(page, "What happened", "Discharge");
    await page.getByRole("button", { name: "Record discharge" }).click();
    // No destination: BAD_USER_INPUT naming input.dischargeDestination, shown on that field.
    await page.locator('[role="alert"][data-code="BAD_USER_INPUT"]').waitFor();
    await expect.poll(() => page.getByRole("combobox", { name: "Discharged to" }).getAttribute("aria-invalid")).toBe("true");
    await page.getByText("is required for a DISCHARGE").first().waitFor();
    expect(await page.getByLabel("Day it happened").getAttribute("aria-invalid")).not.toBe("true");

    await chooseOption(page, "Discharged to", "Home or community");
    await page.getByRole("button", { name: "Record discharge" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Recorded: Discharge on ${hub.today}` })
      .waitFor();
    await page.getByText(`to ${hub.today} (discharged, to home or community)`).waitFor();

    const data = await ask(
      nfToken,
      `query ($id: ID!) { individual(id: $id) { currentStay { id } stays { facility { id } dischargedOn endReason dischargeDestination } } }`,
      {
        id: ysolde.id,
      },
    );
    expect(data.individual.currentStay).toBeNull();
    expect(data.individual.stays[0]).toEqual({
      facility: { id: maple.id },
      dischargedOn: hub.today,
      endReason: "DISCHARGED",
      dischargeDestination: "HOME_OR_COMMUNITY",
    });

    await page.getByRole("tab", { name: "Today's census" }).click();
    const census = page.getByRole("table", { name: "Today's census" });
    await expect.poll(() => census.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row")))).toEqual([orla.id]);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("admits a person with no PAS on file: the review due and the compliance finding appear on their tabs", async () => {
    const registered = await ask(nfToken, `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id } } }`, {
      input: { givenName: "Perpetua", familyName: "Quillfeather-Dunmore", birthDate: "1944-06-03", county: "Hamilton", state: "OH" },
    });
    expect(registered.registerIndividual.outcome).toBe("CREATED");
    const person: string = registered.registerIndividual.individual.id;

    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "nursing-facility");
    await page.getByRole("tab", { name: "Compliance findings" }).click();
    await page.locator('[data-empty-worklist="Compliance findings"], table[aria-label="Compliance findings"]').first().waitFor();
    expect(await page.locator("main").textContent()).not.toContain("Quillfeather-Dunmore");

    await page.getByRole("tab", { name: "Record an event" }).click();
    await chooseOption(page, "What happened", "Admission");
    await page.getByText("By hub id").click();
    await page.getByLabel("Hub id of the person").fill(person);
    await page.locator(`[data-person-found="${person}"]`).waitFor();
    await chooseOption(page, "Admitted from", "Home or community");
    await chooseOption(page, "Payer from admission", "Medicaid");
    await page.getByLabel("Day it happened").fill(day(-2));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "record-admission.png"), fullPage: true });
    await page.getByRole("button", { name: "Record admission" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Recorded: Admission on ${day(-2)}` })
      .waitFor();

    // The census feed carries the admission to screenings: no PAS on file is a finding, due at once (OH guide).
    const overdue = await waitUntil("the admission's review reaches the NF's overdue list", async () => {
      const data = await ask(
        nfToken,
        `query ($asOf: Date!) { overdueResidentReviews(asOf: $asOf, first: 100) { edges { node { reason facilityId dueOn individual { id } } } } }`,
        {
          asOf: hub.today,
        },
      );
      type Review = { reason: string; facilityId: string; dueOn: string; individual: { id: string } };
      return (data.overdueResidentReviews.edges as { node: Review }[]).map((edge) => edge.node).find((review) => review.individual.id === person);
    });
    expect(overdue).toMatchObject({ reason: "ADMITTED_WITHOUT_PASRR", facilityId: maple.id });

    await page.getByRole("tab", { name: "Resident Reviews due" }).click();
    const overdueTable = page.getByRole("table", { name: "Overdue Resident Reviews" });
    await overdueTable.waitFor();
    const row = overdueTable.locator("tbody tr", { hasText: "Perpetua Quillfeather-Dunmore" });
    await row.waitFor();
    expect(await row.getAttribute("data-overdue")).toBe("true");
    expect(await row.textContent()).toMatch(/Admitted with no PAS.*Overdue \d+ days?/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "reviews.png"), fullPage: true });

    await page.getByRole("tab", { name: "Compliance findings" }).click();
    const finding = page.getByRole("table", { name: "Compliance findings" }).locator("tbody tr", { hasText: "Perpetua Quillfeather-Dunmore" });
    await finding.waitFor();
    expect(await finding.textContent()).toContain("OAC 5160-3-15.1(B)(7)");
    expect(await finding.textContent()).toContain("Open");
    expect(await finding.getAttribute("data-overdue")).toBe("true");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "findings.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("tells a role that may not read a census that it is not permitted", async () => {
    const { page, offMachine, pageErrors } = await watchedPage(browser.context);
    await signInAsDemoPartner(page, hub.gatewayUrl!, "hospital");
    await page.goto(new URL("/ui/facility", hub.gatewayUrl!).href);
    await page.locator('[role="alert"][data-code="FORBIDDEN"]').first().waitFor();
    expect(await page.locator('[role="alert"][data-code="FORBIDDEN"]').first().textContent()).toContain("Not permitted");
    expect(await page.getByRole("table", { name: "Today's census" }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(browser.outputDir, "forbidden.png"), fullPage: true });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

/** Chooses an option of a Mantine Select the way a person does: open it by its label, click the option. */
async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}
