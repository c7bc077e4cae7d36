import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { determinationInput, pasrrOf, recordDetermination, screenInput, submitScreen } from "../support/screenings-scenario.ts";

/** Stories told through the real gateway with all four subgraphs. */
let hub: TestHub;
let url: string;
let hospitalId: string;
const tokens = {} as Record<"hospital" | "mh" | "dd" | "state" | "payment" | "otherHospital", string>;

const givenNames = ["Amara", "Bertil", "Cosima", "Desmond", "Elspeth", "Fenwick", "Galina", "Horatio"];
let registered = 0;

/** A new person, distinct enough in name and birth date that duplicate detection creates a record. */
async function registerPerson(familyName: string): Promise<string> {
  registered += 1;
  const answer = await graphql(url, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { outcome individual { id } } }`, {
    token: tokens.state,
    variables: {
      i: {
        givenName: givenNames[registered % givenNames.length],
        familyName,
        birthDate: `19${40 + registered}-0${1 + (registered % 9)}-1${registered % 10}`,
        county: "Hamilton",
        state: "OH",
      },
    },
  });
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.registerIndividual.outcome).toBe("CREATED");
  return answer.data!.registerIndividual.individual.id;
}

beforeAll(async () => {
  hub = await startTestHub();
  url = hub.gatewayUrl!;
  hospitalId = await registeredFacility(hub, "HOSPITAL", "Hamilton");
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId], organisationId: "general-hospital" });
  tokens.otherHospital = await hub.token({ role: "HOSPITAL", facilityIds: [randomUUID()], organisationId: "other-hospital" });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY", organisationId: "mh-vendor" });
  tokens.dd = await hub.token({ role: "DD_AUTHORITY", organisationId: "dd-board" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  tokens.payment = await hub.token({ role: "MEDICAID_PAYMENT" });
});
afterAll(() => hub?.stop());

describe("Level II transitions", () => {
  it("another authority's referral is NOT_FOUND, as a missing one (red-team finding 7); determining a referral twice is a CONFLICT", async () => {
    const personId = await registerPerson("Conflict-Story");
    const submitted = await graphql(url, submitScreen, {
      token: tokens.hospital,
      variables: { input: screenInput({ individualId: personId, facilityId: hospitalId, mi: true }) },
    });
    const referralId = submitted.data!.submitLevelOneScreen.levelOneScreen.referrals[0].id;
    // Another authority's referral is out of its scope: answered as a missing one (scope rules), not as a conflict.
    const wrongAuthority = await graphql(url, recordDetermination, { token: tokens.dd, variables: { input: determinationInput(referralId, "2026-11-04") } });
    expect(errorCodes(wrongAuthority)).toEqual(["NOT_FOUND"]);
    const once = await graphql(url, recordDetermination, { token: tokens.mh, variables: { input: determinationInput(referralId, "2026-11-04") } });
    expect(once.errors).toBeUndefined();
    const twice = await graphql(url, recordDetermination, { token: tokens.mh, variables: { input: determinationInput(referralId, "2026-11-04") } });
    expect(errorCodes(twice)).toEqual(["CONFLICT"]);
  });
});

describe("notices and appeals", () => {
  const fileAppeal = `mutation($i: FileAppealInput!) { fileAppeal(input: $i) { appeal { id status filedOn } } }`;
  const decideAppeal = `mutation($i: DecideAppealInput!) { decideAppeal(input: $i) { appeal { id status decidedOn } } }`;

  it("a determination is noticed with its appeal deadline; an appeal filed in time is decided once by the state agency, a late one is refused", async () => {
    const personId = await registerPerson("Appeal-Story");
    const submitted = await graphql(url, submitScreen, {
      token: tokens.hospital,
      variables: { input: screenInput({ individualId: personId, facilityId: hospitalId, screenedOn: "2026-10-01", mi: true }) },
    });
    const referralId = submitted.data!.submitLevelOneScreen.levelOneScreen.referrals[0].id;
    const determined = await graphql(url, recordDetermination, {
      token: tokens.mh,
      variables: { input: determinationInput(referralId, "2026-10-02", { needsNursingFacilityServices: false, hasRepresentative: true }) },
    });
    expect(determined.errors).toBeUndefined();
    const determination = determined.data!.recordLevelTwoDetermination.levelTwoDetermination;
    expect(determination.notices.map((n: { recipient: string }) => n.recipient)).toEqual([
      "PERSON",
      "REPRESENTATIVE",
      "DISCHARGING_HOSPITAL",
      "ATTENDING_PHYSICIAN",
    ]);
    expect(determination.notices[0].appealDeadline).toBe("2026-11-01");

    const late = await graphql(url, fileAppeal, {
      token: tokens.hospital,
      variables: { i: { determinationId: determination.id, filedOn: "2026-11-02", grounds: "Needs NF care" } },
    });
    expect(errorCodes(late)).toEqual(["BAD_USER_INPUT"]);
    expect(late.errors![0]!.extensions!.field).toBe("input.filedOn");

    const filed = await graphql(url, fileAppeal, {
      token: tokens.hospital,
      variables: { i: { determinationId: determination.id, filedOn: "2026-10-20", grounds: "Needs NF care" } },
    });
    expect(filed.errors).toBeUndefined();
    const byHospital = await graphql(url, decideAppeal, {
      token: tokens.hospital,
      variables: { i: { appealId: filed.data!.fileAppeal.appeal.id, decision: "OVERTURNED", decidedOn: "2026-11-01" } },
    });
    expect(errorCodes(byHospital)).toEqual(["FORBIDDEN"]);
    const decided = await graphql(url, decideAppeal, {
      token: tokens.state,
      variables: { i: { appealId: filed.data!.fileAppeal.appeal.id, decision: "OVERTURNED", decidedOn: "2026-11-01" } },
    });
    expect(decided.data!.decideAppeal.appeal).toMatchObject({ status: "OVERTURNED", decidedOn: "2026-11-01" });
    const again = await graphql(url, decideAppeal, {
      token: tokens.state,
      variables: { i: { appealId: filed.data!.fileAppeal.appeal.id, decision: "UPHELD", decidedOn: "2026-11-02" } },
    });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    const standing = await graphql(url, pasrrOf, { token: tokens.state, variables: { id: personId } });
    expect(standing.data!.individual.pasrr).toMatchObject({ requirementsMetOn: "2026-10-02", nursingFacilityAdmissionAllowed: true });
  });
});

describe("authority over screens", () => {
  it("a hospital may file only for its own facilities", async () => {
    const personId = await registerPerson("Other-Facility");
    const answer = await graphql(url, submitScreen, {
      token: tokens.otherHospital,
      variables: { input: screenInput({ individualId: personId, facilityId: hospitalId }) },
    });
    expect(errorCodes(answer)).toEqual(["NOT_FOUND"]);
  });

  it("the payment system sees the PASRR-met date but no clinical content", async () => {
    const personId = await registerPerson("Payment-View");
    await graphql(url, submitScreen, { token: tokens.hospital, variables: { input: screenInput({ individualId: personId, facilityId: hospitalId }) } });
    const dates = await graphql(url, `query($id: ID!) { individual(id: $id) { pasrr { requirementsMetOn } } }`, {
      token: tokens.payment,
      variables: { id: personId },
    });
    expect(dates.errors).toBeUndefined();
    expect(dates.data!.individual.pasrr.requirementsMetOn).toBe("2026-11-02");
    const clinical = await graphql(url, `query($id: ID!) { individual(id: $id) { pasrr { currentOutcome } } }`, {
      token: tokens.payment,
      variables: { id: personId },
    });
    expect(errorCodes(clinical)).toContain("FORBIDDEN");
  });

  it("a bad input names its field", async () => {
    const personId = await registerPerson("Bad-Input");
    // facilityCounty is deprecated and ignored; the facility it came from is required.
    const answer = await graphql(url, submitScreen, {
      token: tokens.hospital,
      variables: { input: { ...screenInput({ individualId: personId, facilityId: hospitalId }), facilityId: null } },
    });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.extensions!.field).toBe("input.facilityId");
  });
});
