import { demoPeople } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { determinationInput, pasrrOf, recordDetermination, referralWorklist, screenInput, submitScreen } from "../support/screenings-scenario.ts";

/** The done-when, through the real gateway, on the embedded database and on PostgreSQL alike. */
export function dualReviewSuite(database: "pglite" | "postgres") {
  describe(`a dual review through the gateway (${database})`, () => {
    let hub: TestHub;
    let url: string;
    const hospitalId = "0193a000-0000-7000-8000-00000000f101"; // the demo registry's Hamilton hospital
    const tokens = {} as Record<"hospital" | "mh" | "dd" | "state", string>;

    beforeAll(async () => {
      hub = await startTestHub({ database, seedDemoData: true });
      url = hub.gatewayUrl!;
      tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
      tokens.mh = await hub.token({ role: "MH_AUTHORITY" });
      tokens.dd = await hub.token({ role: "DD_AUTHORITY" });
      tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    });
    afterAll(() => hub?.stop());

    it("a hospital's Level I with MI and DD indications creates two referrals, each visible only to its authority; after both determinations the requirements are met on the later date (OH guide)", async () => {
      const registered = await graphql(url, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { individual { id } } }`, {
        token: tokens.state,
        variables: { i: { givenName: "Dual", familyName: `Story-${database}`, birthDate: "1950-02-03", county: "Hamilton", state: "OH" } },
      });
      const personId = registered.data!.registerIndividual.individual.id;
      const submitted = await graphql(url, submitScreen, {
        token: tokens.hospital,
        variables: { input: screenInput({ individualId: personId, facilityId: hospitalId, mi: true, dd: true }) },
      });
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data!.submitLevelOneScreen.levelOneScreen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "DUAL" });

      const worklist = async (token: string) =>
        (await graphql(url, referralWorklist, { token, variables: { filter: { individualId: personId } } })).data!.levelTwoReferrals.edges.map(
          (edge: { node: { id: string; authority: string } }) => edge.node,
        );
      const [mh] = await worklist(tokens.mh);
      const [dd] = await worklist(tokens.dd);
      expect([mh.authority, dd.authority]).toEqual(["MH", "DD"]);
      expect(await worklist(tokens.mh)).toHaveLength(1);

      const pending = await graphql(url, pasrrOf, { token: tokens.state, variables: { id: personId } });
      expect(pending.data!.individual.pasrr).toMatchObject({
        requirementsMetOn: null,
        currentOutcome: "LEVEL_II_REQUIRED",
        nextAction: { action: "LEVEL_II_DETERMINATION" },
      });

      expect(
        (await graphql(url, recordDetermination, { token: tokens.dd, variables: { input: determinationInput(dd.id, "2026-11-09") } })).errors,
      ).toBeUndefined();
      const halfway = await graphql(url, pasrrOf, { token: tokens.state, variables: { id: personId } });
      expect(halfway.data!.individual.pasrr).toMatchObject({ requirementsMetOn: null, pendingReferralIds: [mh.id] });

      const mhAnswer = await graphql(url, recordDetermination, {
        token: tokens.mh,
        variables: { input: determinationInput(mh.id, "2026-11-05", { seriousMentalIllnessPrimary: true }) },
      });
      expect(mhAnswer.errors).toBeUndefined();
      const met = await graphql(url, pasrrOf, { token: tokens.state, variables: { id: personId } });
      expect(met.data!.individual.pasrr).toMatchObject({
        requirementsMetOn: "2026-11-09",
        nursingFacilityAdmissionAllowed: true,
        pendingReferralIds: [],
        nextAction: null,
      });
    });

    it("the demo data holds a dual review met on the second determination's date and an open MI referral", async () => {
      const dual = await graphql(url, pasrrOf, { token: tokens.state, variables: { id: demoPeople[1]!.id } });
      expect(dual.data!.individual.pasrr).toMatchObject({ requirementsMetOn: "2026-09-29", currentOutcome: "LEVEL_II_REQUIRED" });
      const open = await graphql(url, pasrrOf, { token: tokens.state, variables: { id: demoPeople[2]!.id } });
      expect(open.data!.individual.pasrr).toMatchObject({ requirementsMetOn: null, pendingReferralIds: [expect.any(String)] });
    });
  });
}
