import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { screenInput, submitScreen } from "../support/screenings-scenario.ts";

/** The service applies the pack PASRR_POLICY_STATE names (read from its environment at start). */
let hub: TestHub;

beforeAll(async () => {
  // The registry (facilities) answers whether a hospital's facility is a registered hospital.
  hub = await startTestHub({ only: ["screenings", "facilities"], env: { PASRR_POLICY_STATE: "CO", PASRR_STATE_HOLIDAYS: "2026-11-11" } });
});
afterAll(() => hub?.stop());

describe("PASRR_POLICY_STATE=CO", () => {
  it("a Level II referral is due in 10 working days (CO 8.401.202 C), skipping weekends and the configured holiday", async () => {
    const facilityId = await registeredFacility(hub, "HOSPITAL");
    const token = await hub.token({ role: "HOSPITAL", facilityIds: [facilityId] });
    const answer = await graphql(hub.subgraphs.screenings!.url, submitScreen, {
      token,
      variables: { input: screenInput({ individualId: randomUUID(), facilityId, screenedOn: "2026-11-02", mi: true }) },
    });
    expect(answer.errors).toBeUndefined();
    const screen = answer.data!.submitLevelOneScreen.levelOneScreen;
    expect(screen.explanation.policyState).toBe("CO");
    // Mon 2 Nov + 10 working days, with Wed 11 Nov a holiday: Tue 17 Nov.
    expect(screen.referrals).toEqual([expect.objectContaining({ authority: "MH", referredOn: "2026-11-02", dueOn: "2026-11-17" })]);
  });

  it("CO: the state's own holidays need no configuration: a referral on the Friday before Thanksgiving is due 10 working days later, Thanksgiving skipped", async () => {
    const facilityId = await registeredFacility(hub, "HOSPITAL");
    const token = await hub.token({ role: "HOSPITAL", facilityIds: [facilityId] });
    const answer = await graphql(hub.subgraphs.screenings!.url, submitScreen, {
      token,
      variables: { input: screenInput({ individualId: randomUUID(), facilityId, screenedOn: "2026-11-20", mi: true }) },
    });
    expect(answer.errors).toBeUndefined();
    // Fri 20 Nov: 23, 24, 25, (Thanksgiving 26), 27, 30 Nov, 1–4 Dec, Mon 7 Dec.
    expect(answer.data!.submitLevelOneScreen.levelOneScreen.referrals).toEqual([expect.objectContaining({ referredOn: "2026-11-20", dueOn: "2026-12-07" })]);
  });

  it("a convalescent categorical asked for in CO awaits the Utilization Review Contractor (CO 8.401.192); its 60 days run from the grant", async () => {
    const facilityId = await registeredFacility(hub, "HOSPITAL");
    const token = await hub.token({ role: "HOSPITAL", facilityIds: [facilityId] });
    const request = { kind: "CONVALESCENT", physicianCertifiedStayUnder30Days: false };
    const answer = await graphql(hub.subgraphs.screenings!.url, submitScreen, {
      token,
      variables: { input: screenInput({ individualId: randomUUID(), facilityId, screenedOn: "2026-11-02", mi: true, request }) },
    });
    expect(answer.data!.submitLevelOneScreen.levelOneScreen).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      categoricalType: "CONVALESCENT",
      validThrough: null,
    });
    expect(answer.data!.submitLevelOneScreen.levelOneScreen.explanation.explanation).toMatch(/pending the decision of the PAA/);
  });
});
