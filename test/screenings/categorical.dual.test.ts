import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { screenInput } from "../support/screenings-scenario.ts";

/**
 * Issue 17 under the OH pack, straight at screenings: an emergency stay for a person with both
 * SMI and ID/DD indications needs OhioMHAS and DODD (OH guide: "approved through OMHAS and/or
 * DODD"; with both, the PAS is effective the date the second state authority made its determination).
 */

let hub: TestHub;
let url: string;
const tokens = {} as Record<"hospital" | "mh" | "dd", string>;
const decide = `mutation($input: DecideCategoricalInput!) { decideCategorical(input: $input) {
  levelOneScreen { outcome categoricalStatus categoricalDecidedOn validThrough categoricalDecisions { deciderRole decision decidedOn } } } }`;
const worklist = `{ categoricalRequests(first: 20) { edges { node { id } } } }`;
const decision = (screenId: string, decisionValue: "GRANTED" | "DENIED", decidedOn: string) => ({
  input: { screenId, decision: decisionValue, decidedOn, reason: "Caregiver suddenly unable to provide care; no danger to self or others." },
});

beforeAll(async () => {
  hub = await startTestHub({ only: ["screenings", "facilities"], env: { PASRR_POLICY_STATE: "OH" } });
  url = hub.subgraphs.screenings!.url;
  const hospitalId = await registeredFacility(hub, "HOSPITAL");
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY", organisationId: "ohiomhas" });
  tokens.dd = await hub.token({ role: "DD_AUTHORITY", organisationId: "dodd" });
  const ids = new Map<string, string>();
  for (const name of ["granted", "denied"]) {
    const input = screenInput({
      individualId: randomUUID(),
      facilityId: hospitalId,
      screenedOn: "2026-11-02",
      mi: true,
      dd: true,
      currentSetting: "EMERGENCY_ROOM",
      request: { kind: "EMERGENCY" },
    });
    const filed = await graphql(url, `mutation($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { id outcome } } }`, {
      token: tokens.hospital,
      variables: { input },
    });
    expect(filed.data!.submitLevelOneScreen.levelOneScreen.outcome).toBe("CATEGORICAL_REQUESTED");
    ids.set(name, filed.data!.submitLevelOneScreen.levelOneScreen.id);
  }
  Object.assign(screens, Object.fromEntries(ids));
});
afterAll(() => hub?.stop());
const screens = {} as Record<"granted" | "denied", string>;
const worklistIds = async (token: string) =>
  (await graphql(url, worklist, { token })).data!.categoricalRequests.edges.map((edge: { node: { id: string } }) => edge.node.id);

describe("OH: a dual case's emergency stay needs OhioMHAS and DODD", () => {
  it("OhioMHAS's grant alone leaves it requested; it leaves OhioMHAS's worklist and stays in DODD's; OhioMHAS may not decide twice", async () => {
    const first = await graphql(url, decide, { token: tokens.mh, variables: decision(screens.granted, "GRANTED", "2026-11-03") });
    expect(first.errors).toBeUndefined();
    expect(first.data!.decideCategorical.levelOneScreen).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      categoricalStatus: "REQUESTED",
      categoricalDecidedOn: null,
      categoricalDecisions: [{ deciderRole: "MH_AUTHORITY", decision: "GRANTED", decidedOn: "2026-11-03" }],
    });
    expect(await worklistIds(tokens.mh)).not.toContain(screens.granted);
    expect(await worklistIds(tokens.dd)).toContain(screens.granted);
    const again = await graphql(url, decide, { token: tokens.mh, variables: decision(screens.granted, "GRANTED", "2026-11-03") });
    expect(again.errors?.map((e) => [e.extensions?.code, e.extensions?.rule])).toEqual([["CONFLICT", "FED-CAT-DECIDED-ONCE"]]);
  });

  it("granted on the day DODD, the second authority, grants it: the 7 days run from then (OH guide, PAS effective date)", async () => {
    const second = await graphql(url, decide, { token: tokens.dd, variables: decision(screens.granted, "GRANTED", "2026-11-04") });
    expect(second.errors).toBeUndefined();
    expect(second.data!.decideCategorical.levelOneScreen).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: "2026-11-04",
      validThrough: "2026-11-10",
    });
    expect(await worklistIds(tokens.dd)).not.toContain(screens.granted);
  });

  it("a denial by either authority denies it and opens both referrals", async () => {
    const denied = await graphql(url, decide, { token: tokens.dd, variables: decision(screens.denied, "DENIED", "2026-11-03") });
    expect(denied.data!.decideCategorical.levelOneScreen).toMatchObject({
      outcome: "LEVEL_II_REQUIRED",
      categoricalStatus: "DENIED",
      categoricalDecidedOn: "2026-11-03",
    });
    // Each authority sees its own referral of the screen.
    for (const [token, authority] of [
      [tokens.mh, "MH"],
      [tokens.dd, "DD"],
    ] as const) {
      const referrals = await graphql(url, `query($id: ID!) { levelOneScreen(id: $id) { referrals { authority referredOn } } }`, {
        token,
        variables: { id: screens.denied },
      });
      expect(referrals.data!.levelOneScreen.referrals).toEqual([{ authority, referredOn: "2026-11-03" }]);
    }
    const late = await graphql(url, decide, { token: tokens.mh, variables: decision(screens.denied, "GRANTED", "2026-11-04") });
    expect(late.errors?.map((e) => e.extensions?.code)).toEqual(["CONFLICT"]);
  });
});
