import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { screenInput, submitScreen } from "../support/screenings-scenario.ts";

/**
 * Issue 16: PASRR compliance is a history per admission "and each stay segment after a
 * transfer". The records follow the person from one NF to the next (domain README, step 4), so
 * the standing carries over, and from the transfer on the periods name the receiving NF: the
 * payment gate judges that NF's days by them.
 */
let hub: TestHub;
const tokens = {} as Record<"state" | "hospital", string>;
let hospitalId: string;
let nfA: string;
let nfB: string;
const reportEvent = `mutation($i: ReportResidentEventInput!) { reportResidentEvent(input: $i) { residentReview { reason } } }`;
const compliance = `query($id: ID!) { individual(id: $id) { pasrrCompliance { from through status facilityId knownThrough } } }`;

beforeAll(async () => {
  hub = await startTestHub();
  [hospitalId, nfA, nfB] = [
    await registeredFacility(hub, "HOSPITAL"),
    await registeredFacility(hub, "NURSING_FACILITY"),
    await registeredFacility(hub, "NURSING_FACILITY"),
  ];
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
});
afterAll(() => hub?.stop());

describe("compliance periods follow a NF-to-NF transfer", () => {
  it("a transfer starts a segment at the receiving NF with the standing carried over, and raises no review when the records came along", async () => {
    const registered = await graphql(hub.gatewayUrl!, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { individual { id } } }`, {
      token: tokens.state,
      variables: { i: { givenName: "Segment", familyName: "Transfer-Story", birthDate: "1941-03-09", county: "Hamilton", state: "OH" } },
    });
    const person = registered.data!.registerIndividual.individual.id as string;
    const screened = await graphql(hub.gatewayUrl!, submitScreen, {
      token: tokens.hospital,
      variables: { input: screenInput({ individualId: person, facilityId: hospitalId, screenedOn: "2026-10-01" }) },
    });
    expect(screened.errors).toBeUndefined();
    const report = (facilityId: string, event: string, occurredOn: string, extra: Record<string, unknown> = {}) =>
      graphql(hub.gatewayUrl!, reportEvent, { token: tokens.state, variables: { i: { individualId: person, facilityId, event, occurredOn, ...extra } } });
    expect((await report(nfA, "ADMITTED", "2026-10-03")).errors).toBeUndefined();
    const transferred = await report(nfB, "TRANSFERRED_IN", "2026-10-20", { fromFacilityId: nfA });
    expect(transferred.errors).toBeUndefined();
    expect(transferred.data!.reportResidentEvent.residentReview).toBeNull();

    const periods = (
      (await graphql(hub.gatewayUrl!, compliance, { token: tokens.state, variables: { id: person } })).data!.individual.pasrrCompliance as {
        from: string;
        through: string | null;
        status: string;
        facilityId: string | null;
        knownThrough: string | null;
      }[]
    ).filter((period) => period.knownThrough === null);
    expect(periods.find((period) => period.from === "2026-10-03")).toMatchObject({ facilityId: nfA, through: "2026-10-19" });
    expect(periods.find((period) => period.from === "2026-10-20")).toMatchObject({ facilityId: nfB, through: null });
    expect(new Set(periods.filter((period) => period.from >= "2026-10-03").map((period) => period.status))).toEqual(
      new Set([periods.find((p) => p.from === "2026-10-03")!.status]),
    );
  });
});
