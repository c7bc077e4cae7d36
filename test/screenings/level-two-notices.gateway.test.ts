import { addDays } from "@pasrr/calendar/calendar-date";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { determinationInput, screenInput } from "../support/screenings-scenario.ts";

/**
 * Issue 17, the Level II lifecycle through the real gateway under the IL pack: a Level I that
 * refers is noticed without appeal rights (CO 8.401.193), a time-limited determination gets its
 * outcome and about six months (IL VII.C), and its notices go to the person, the representative
 * of record, the admitting NF, the discharging hospital and the attending physician (CO 8.401.206 E),
 * each with the appeal deadline (IL VIII). A facility reads only what is addressed to it.
 */

let hub: TestHub;
let url: string;
const ids = {} as Record<"hospital" | "admittingNf" | "otherNf", string>;
const tokens = {} as Record<"hospital" | "mh" | "state" | "admittingNf" | "otherNf", string>;

const submit = `mutation($input: SubmitLevelOneScreenInput!) {
  submitLevelOneScreen(input: $input) { levelOneScreen { id referrals { id } notices { recipient issuedOn referredTo levelTwoDueOn appealRights } } }
}`;
const determine = `mutation($input: RecordLevelTwoDeterminationInput!) {
  recordLevelTwoDetermination(input: $input) {
    levelTwoDetermination {
      id outcome approvalPeriod approvedThrough specializedServicesProvider policyState
      notices { recipient recipientFacilityId copy outcome approvedThrough appealDeadline appealRights reasons services }
    }
  }
}`;
const noticesOf = `query($id: ID!) { individual(id: $id) { pasrrNotices { recipient recipientFacilityId determinationId } } }`;

beforeAll(async () => {
  hub = await startTestHub({ today: "2026-11-18", env: { PASRR_POLICY_STATE: "IL" } });
  url = hub.gatewayUrl!;
  ids.hospital = await registeredFacility(hub, "HOSPITAL", "Cook");
  ids.admittingNf = await registeredFacility(hub, "NURSING_FACILITY", "Cook");
  ids.otherNf = await registeredFacility(hub, "NURSING_FACILITY", "Cook");
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [ids.hospital], organisationId: "cook-general" });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY", organisationId: "il-pas-mh-agent" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  tokens.admittingNf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [ids.admittingNf], organisationId: "admitting-nf" });
  tokens.otherNf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [ids.otherNf], organisationId: "other-nf" });
});
afterAll(() => hub?.stop());

async function registerPerson(): Promise<string> {
  const answer = await graphql(url, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { outcome individual { id } } }`, {
    token: tokens.state,
    variables: { i: { givenName: "Perpetua", familyName: "Lifecycle-Notices", birthDate: "1948-06-14", county: "Cook", state: "IL" } },
  });
  expect(answer.data!.registerIndividual.outcome).toBe("CREATED");
  return answer.data!.registerIndividual.individual.id;
}

describe("IL: a time-limited Level II determination and its notices", () => {
  it("records ALLOWED_TIME_LIMITED through about six months, noticed to five recipients with the 30-day appeal deadline; each facility reads only its own notice", async () => {
    const personId = await registerPerson();
    const screenedOn = addDays(hub.today, -6);
    const determinedOn = addDays(hub.today, -3);

    // CO 8.401.193 A–C: the referral is noticed to the person and the representative, without appeal rights.
    const screened = await graphql(url, submit, {
      token: tokens.hospital,
      variables: { input: screenInput({ individualId: personId, facilityId: ids.hospital, screenedOn, mi: true, hasRepresentative: true }) },
    });
    expect(screened.errors, JSON.stringify(screened.errors)).toBeUndefined();
    const screen = screened.data!.submitLevelOneScreen.levelOneScreen;
    expect(screen.notices.map((n: { recipient: string }) => n.recipient)).toEqual(["PERSON", "REPRESENTATIVE"]);
    expect(screen.notices[0]).toMatchObject({ issuedOn: screenedOn, referredTo: ["MH"], appealRights: expect.stringMatching(/not an appealable action/) });

    const determined = await graphql(url, determine, {
      token: tokens.mh,
      variables: {
        input: determinationInput(screen.referrals[0].id, determinedOn, {
          approvalPeriod: "TIME_LIMITED",
          hasRepresentative: true,
          admittingFacilityId: ids.admittingNf,
        }),
      },
    });
    expect(determined.errors, JSON.stringify(determined.errors)).toBeUndefined();
    const determination = determined.data!.recordLevelTwoDetermination.levelTwoDetermination;
    const approvedThrough = addDays(determinedOn, 180);
    const appealDeadline = addDays(determinedOn, 30);
    expect(determination).toMatchObject({
      outcome: "ALLOWED_TIME_LIMITED",
      approvalPeriod: "TIME_LIMITED",
      approvedThrough,
      specializedServicesProvider: null,
      policyState: "IL",
    });
    expect(
      determination.notices.map((n: { recipient: string; recipientFacilityId: string | null; copy: boolean }) => [n.recipient, n.recipientFacilityId, n.copy]),
    ).toEqual([
      ["PERSON", null, false],
      ["REPRESENTATIVE", null, false],
      ["ADMITTING_NURSING_FACILITY", ids.admittingNf, true],
      ["DISCHARGING_HOSPITAL", ids.hospital, true],
      ["ATTENDING_PHYSICIAN", null, true],
    ]);
    for (const notice of determination.notices) {
      expect(notice).toMatchObject({ outcome: "ALLOWED_TIME_LIMITED", approvedThrough, appealDeadline });
      expect(notice.appealRights).toMatch(new RegExp(`by ${appealDeadline}, 30 calendar days`));
      expect(notice.services).toContain("Outpatient psychiatry monthly");
    }

    // Each facility reads, on the person, only the notice addressed to it; another NF reads none.
    const read = async (token: string) => (await graphql(url, noticesOf, { token, variables: { id: personId } })).data!.individual.pasrrNotices;
    expect(await read(tokens.admittingNf)).toEqual([
      { recipient: "ADMITTING_NURSING_FACILITY", recipientFacilityId: ids.admittingNf, determinationId: determination.id },
    ]);
    expect(await read(tokens.hospital)).toEqual([{ recipient: "DISCHARGING_HOSPITAL", recipientFacilityId: ids.hospital, determinationId: determination.id }]);
    expect(await read(tokens.otherNf)).toEqual([]);
    // Authority from the registry and the referral, not from the token's claims: a hospital naming the NF's id, another county's PAA, the other authority.
    for (const outsider of [
      await hub.token({ role: "HOSPITAL", facilityIds: [ids.admittingNf] }),
      await hub.token({ role: "PAA", counties: ["DuPage"] }),
      await hub.token({ role: "DD_AUTHORITY" }),
    ])
      expect(await read(outsider)).toEqual([]);
    expect(await read(await hub.token({ role: "PAA", counties: ["Cook"] }))).toHaveLength(5);
    expect((await read(tokens.state)).map((n: { recipient: string }) => n.recipient)).toHaveLength(5);

    // Straight to the subgraph, as an attacker holding a partner token may: the same answer.
    const direct = async (token: string) =>
      graphql(
        hub.subgraphs.screenings!.url,
        `query($people: [_Any!]!) { _entities(representations: $people) { ... on Individual { pasrrNotices { recipient } } } }`,
        {
          token,
          headers: await hub.gatewayVouch(),
          variables: { people: [{ __typename: "Individual", id: personId, mergedIds: [] }] },
        },
      );
    const byOtherNf = await direct(tokens.otherNf);
    expect(byOtherNf.errors).toBeUndefined();
    expect(byOtherNf.data!._entities).toEqual([{ pasrrNotices: [] }]);
    expect((await direct(tokens.admittingNf)).data!._entities).toEqual([{ pasrrNotices: [{ recipient: "ADMITTING_NURSING_FACILITY" }] }]);

    // Within the determination the hospital may read (its own screen's), it still sees only its own notice.
    const viaReferral = await graphql(url, `query($id: ID!) { levelTwoReferral(id: $id) { determination { notices { recipient } } } }`, {
      token: tokens.hospital,
      variables: { id: screen.referrals[0].id },
    });
    expect(viaReferral.data!.levelTwoReferral.determination.notices).toEqual([{ recipient: "DISCHARGING_HOSPITAL" }]);
  });
});
