import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { waitUntil } from "../support/wait-until.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { screenInput, submitScreen } from "../support/screenings-scenario.ts";

/** Resident Review clocks, told through the gateway (FEDERAL policy: hospital exemption 30 days). */
let hub: TestHub;
let url: string;
let hospitalId: string;
let nfId: string;
const tokens = {} as Record<"hospital" | "nf" | "mh", string>;

const reportEvent = `mutation($i: ReportResidentEventInput!) { reportResidentEvent(input: $i) { residentReview { id reason triggeredOn dueOn completedOn source } } }`;
const due = `query($asOf: Date!) { residentReviewsDue(asOf: $asOf) { edges { node { id reason dueOn individual { id } } } } }`;
const overdue = `query($asOf: Date!) { overdueResidentReviews(asOf: $asOf) { edges { node { id reason dueOn } } pageInfo { hasNextPage } } }`;
const ids = (answer: { data?: Record<string, { edges: { node: { id: string } }[] }> | null }, field: string) =>
  answer.data![field]!.edges.map((e) => e.node.id);

beforeAll(async () => {
  hub = await startTestHub();
  url = hub.gatewayUrl!;
  hospitalId = await registeredFacility(hub, "HOSPITAL");
  nfId = await registeredFacility(hub, "NURSING_FACILITY");
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
  tokens.nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [nfId] });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY" });
});
afterAll(() => hub?.stop());

const recordCensus = `mutation($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`;
/**
 * The NF enters the admission in its census (facilities): the stay is the relation that lets it
 * report about the resident, and the census feed reports the admission to screenings itself.
 */
async function admitToNf(individualId: string, effectiveOn: string) {
  const answer = await graphql(url, recordCensus, {
    token: tokens.nf,
    variables: {
      input: {
        kind: "ADMISSION",
        individualId,
        facilityId: nfId,
        effectiveOn,
        admissionSource: "HOSPITAL_INPATIENT",
        fromFacilityId: hospitalId,
        payer: "MEDICAID",
      },
    },
  });
  expect(answer.errors).toBeUndefined();
}

describe("inpatient → hospital exemption → still in the NF on day 31 → review overdue", () => {
  it("the exemption's day 30 is the review's due day; a Level I filed for the resident completes it", async () => {
    const individualId = randomUUID();
    const exemption = { kind: "HOSPITAL_EXEMPTION", physicianCertifiedStayUnder30Days: true, expectedStayDays: 20 };
    const screened = await graphql(url, submitScreen, {
      token: tokens.hospital,
      variables: { input: screenInput({ individualId, facilityId: hospitalId, screenedOn: "2026-10-01", mi: true, request: exemption }) },
    });
    expect(screened.data!.submitLevelOneScreen.levelOneScreen).toMatchObject({ outcome: "EXEMPT_HOSPITAL_DISCHARGE", referrals: [] });
    await admitToNf(individualId, "2026-10-02");
    await waitUntil(
      "the census feed reported the admission",
      async () => ids(await graphql(url, due, { token: tokens.nf, variables: { asOf: "2026-10-25" } }), "residentReviewsDue").length > 0,
    );

    const admitted = await graphql(url, reportEvent, {
      token: tokens.nf,
      variables: { i: { individualId, facilityId: nfId, facilityCounty: "Hamilton", event: "ADMITTED", occurredOn: "2026-10-02" } },
    });
    expect(admitted.errors).toBeUndefined();
    const review = admitted.data!.reportResidentEvent.residentReview;
    expect(review).toMatchObject({ reason: "HOSPITAL_EXEMPTION_EXPIRING", triggeredOn: "2026-10-02", dueOn: "2026-10-31", completedOn: null });

    const again = await graphql(url, reportEvent, {
      token: tokens.nf,
      variables: { i: { individualId, facilityId: nfId, facilityCounty: "Hamilton", event: "ADMITTED", occurredOn: "2026-10-02" } },
    });
    expect(again.data!.reportResidentEvent.residentReview.id).toBe(review.id);

    expect(ids(await graphql(url, due, { token: tokens.nf, variables: { asOf: "2026-10-25" } }), "residentReviewsDue")).toEqual([review.id]);
    expect(ids(await graphql(url, overdue, { token: tokens.nf, variables: { asOf: "2026-10-31" } }), "overdueResidentReviews")).toEqual([]);
    expect(ids(await graphql(url, overdue, { token: tokens.nf, variables: { asOf: "2026-11-01" } }), "overdueResidentReviews")).toEqual([review.id]);

    const reviewed = await graphql(url, submitScreen, {
      token: tokens.nf,
      variables: {
        input: screenInput({
          individualId,
          facilityId: nfId,
          screenedOn: "2026-11-01",
          mi: true,
          reasonForScreening: "EXPIRING_SHORT_TERM_APPROVAL",
          currentSetting: "NURSING_FACILITY",
        }),
      },
    });
    expect(reviewed.data!.submitLevelOneScreen.levelOneScreen.outcome).toBe("LEVEL_II_REQUIRED");
    expect(ids(await graphql(url, overdue, { token: tokens.nf, variables: { asOf: "2026-11-02" } }), "overdueResidentReviews")).toEqual([]);
  });

  it("a significant change makes a review due in 14 days; another facility's NF may not report it", async () => {
    const individualId = randomUUID();
    const fact = { individualId, facilityId: nfId, facilityCounty: "Hamilton", event: "SIGNIFICANT_CHANGE", occurredOn: "2026-11-03" };
    await admitToNf(individualId, "2026-11-01");
    // A NF that is not registered, or where the person has no stay, gets what a missing record gets.
    const stranger = await hub.token({ role: "NURSING_FACILITY", facilityIds: [randomUUID()] });
    expect(errorCodes(await graphql(url, reportEvent, { token: stranger, variables: { i: fact } }))).toEqual(["NOT_FOUND"]);
    const answer = await graphql(url, reportEvent, { token: tokens.nf, variables: { i: fact } });
    expect(answer.data!.reportResidentEvent.residentReview).toMatchObject({ reason: "SIGNIFICANT_CHANGE", dueOn: "2026-11-17" });
  });

  it("Level II authorities have no Resident Review worklist", async () => {
    expect(errorCodes(await graphql(url, overdue, { token: tokens.mh, variables: { asOf: "2026-11-01" } }))).toEqual(["FORBIDDEN"]);
  });
});
