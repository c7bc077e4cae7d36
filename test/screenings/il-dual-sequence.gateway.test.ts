import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { determinationInput, pasrrOf, recordDetermination, screenInput, submitScreen } from "../support/screenings-scenario.ts";

/**
 * IL manual IV.D.3: "The PAS/DD assessment must always be completed before mental health PAS
 * screens" (IV.J.4: a dual case is "first referred to the DD/PAS agent"). Through the gateway, on
 * a hub running the Illinois pack.
 */
let hub: TestHub;
let url: string;
let hospitalId: string;
const tokens = {} as Record<"hospital" | "mh" | "dd" | "state", string>;
const referrals = `query($f: LevelTwoReferralFilter) { levelTwoReferrals(filter: $f, first: 10) { edges { node { id authority awaitsAuthority dueOn status } } } }`;

beforeAll(async () => {
  hub = await startTestHub({ env: { PASRR_POLICY_STATE: "IL" } });
  url = hub.gatewayUrl!;
  hospitalId = await registeredFacility(hub, "HOSPITAL", "Hamilton");
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY" });
  tokens.dd = await hub.token({ role: "DD_AUTHORITY" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

describe("IL: a dual case is sequenced, DD first (IL IV.D.3)", () => {
  it("the MH referral waits: determining it first is refused naming the rule; the DD determination releases it, due three business days later; both together meet PASRR", async () => {
    const registered = await graphql(url, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { individual { id } } }`, {
      token: tokens.state,
      variables: { i: { givenName: "Sequenced", familyName: "Dual-Story", birthDate: "1952-06-11", county: "Hamilton", state: "OH" } },
    });
    const person = registered.data!.registerIndividual.individual.id as string;
    const filed = await graphql(url, submitScreen, {
      token: tokens.hospital,
      variables: { input: screenInput({ individualId: person, facilityId: hospitalId, screenedOn: "2026-09-14", mi: true, dd: true }) },
    });
    expect(filed.errors).toBeUndefined();

    const of = async (token: string) =>
      (await graphql(url, referrals, { token, variables: { f: { individualId: person } } })).data!.levelTwoReferrals.edges.map(
        (e: { node: Record<string, string> }) => e.node,
      );
    const [dd] = await of(tokens.dd);
    const [mh] = await of(tokens.mh);
    expect(dd).toMatchObject({ authority: "DD", awaitsAuthority: null, dueOn: "2026-09-17" });
    expect(mh).toMatchObject({ authority: "MH", awaitsAuthority: "DD", dueOn: "2026-09-22" });

    const early = await graphql(url, recordDetermination, {
      token: tokens.mh,
      variables: { input: determinationInput(mh.id, "2026-09-15", { seriousMentalIllnessPrimary: true }) },
    });
    expect(errorCodes(early)).toEqual(["CONFLICT"]);
    expect(early.errors![0]!.message).toMatch(/DUAL_REVIEW_SEQUENCE/);

    expect(
      (await graphql(url, recordDetermination, { token: tokens.dd, variables: { input: determinationInput(dd.id, "2026-09-18") } })).errors,
    ).toBeUndefined();
    const [released] = await of(tokens.mh);
    expect(released).toMatchObject({ status: "OPEN", dueOn: "2026-09-23" });

    expect(
      (
        await graphql(url, recordDetermination, {
          token: tokens.mh,
          variables: { input: determinationInput(mh.id, "2026-09-21", { seriousMentalIllnessPrimary: true }) },
        })
      ).errors,
    ).toBeUndefined();
    const met = await graphql(url, pasrrOf, { token: tokens.state, variables: { id: person } });
    expect(met.data!.individual.pasrr).toMatchObject({ requirementsMetOn: "2026-09-21", pendingReferralIds: [] });
  });
});
