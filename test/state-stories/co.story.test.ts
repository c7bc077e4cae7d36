import { addDays } from "@pasrr/calendar/calendar-date";
import { describe, expect, it } from "vitest";
import { lastDay, refusalOf, stateStory } from "./story.support.ts";
import { concurrentDualReview, namedEndTimeLimitedReview } from "./story.walks.ts";

/**
 * Colorado, through the real gateway under the CO pack (issue 17 story): the Utilization Review
 * Contractor (the hub's PAA role for the facility's county) decides a convalescent categorical; a
 * dual Level II with CO's 10-working-day time frame; a time-limited approval whose Resident Review
 * the NF's census starts and the NF's review Level I completes. Source: 10 CCR 2505-10 8.401
 * (`co-10-ccr-2505-10-8.401-level-of-care.txt`).
 */
const story = stateStory("CO", {
  county: "Denver",
  organisations: { hospital: "denver-acute-discharge-planning", nf: "denver-county-nf", paa: "co-urc", mh: "co-level-ii-mh-contractor", dd: "co-ccb-denver" },
});
const { policy } = story;

describe("CO: a categorical, as Colorado has it", () => {
  it("CO: the URC grants a convalescent categorical; PASRR met from the decision day, for 60 days (CO 8.401.192)", async () => {
    expect(policy.categoricalDays.CONVALESCENT).toMatchObject({ value: 60, source: expect.stringMatching(/8\.401\.192 B\.3\.b/) });
    const person = await story.person("Convalescent");
    const screenedOn = story.daysAgo(40);
    // The hospital files the Level I for its inpatient, asking for convalescent care after a hip fracture repair.
    const screen = await story.levelOne(person, screenedOn, { mi: true, extra: { request: { kind: "CONVALESCENT" } } });
    const decisionDue = story.after(screenedOn, policy.categoricals.decisionDue.value);
    expect(screen).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      levelTwoCategory: "MI",
      categoricalType: "CONVALESCENT",
      categoricalStatus: "REQUESTED",
      categoricalDueOn: decisionDue,
      referrals: [],
    });
    expect(await story.categoricalWorklist("paa")).toContainEqual({ id: screen.id, categoricalType: "CONVALESCENT", categoricalDueOn: decisionDue });
    expect((await story.standing(person)).pasrr).toMatchObject({
      requirementsMetOn: null,
      nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: decisionDue },
    });
    // "determined by the Utilization Review Contractor": not by the MH Level II contractor.
    expect(refusalOf(await story.decide("mh", screen.id, "GRANTED", story.daysAgo(38)))).toEqual([["FORBIDDEN", "CO-CATEGORICAL-URC-DECIDES"]]);

    const decidedOn = story.daysAgo(38);
    const through = lastDay(decidedOn, 60);
    const granted = await story.grant("paa", screen.id, decidedOn);
    expect(granted).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalType: "CONVALESCENT",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: decidedOn,
      validThrough: through,
      referrals: [],
    });
    expect(granted.categoricalDecisions).toEqual([{ deciderRole: "PAA", decidedByOrganisationId: "co-urc", decision: "GRANTED", decidedOn }]);
    // 8.401.192 B.3.b.1: past the 60 days, a Level II referral is due.
    expect(granted.explanation.explanation).toMatch(new RegExp(`through ${through}; at its end a Level II referral is due`));
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: decidedOn, nursingFacilityAdmissionAllowed: true, validThrough: through });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(decidedOn, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: decidedOn, through, reason: "PASRR_MET", facilityId: null },
      { from: addDays(through, 1), through: null, reason: "EXEMPTION_EXPIRED", facilityId: null },
    ]);
  });

  it("CO has no respite or emergency categorical: the request goes to Level II (CO 8.401.192 B)", async () => {
    for (const kind of ["RESPITE", "EMERGENCY"]) {
      const screen = await story.levelOne(await story.person(`No${kind}`), story.daysAgo(10), { mi: true, extra: { request: { kind } } });
      expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", categoricalStatus: null, referrals: [expect.objectContaining({ authority: "MH" })] });
      expect(screen.explanation.explanation).toMatch(
        new RegExp(`Categorical determination not applied: CO-CATEGORICAL-LIST: the CO pack has no ${kind} categorical`),
      );
    }
  });
});

describe("CO: a dual Level II", () => {
  it("CO: a Level I with SMI and ID/DD indications is referred to both Level II contractors at once, each due in 10 working days (CO 8.401.202 C); PASRR met on the second determination", async () => {
    expect(policy.levelTwoDue.value).toEqual({ amount: 10, unit: "WORKING_DAYS" });
    // The community centered board determines first this time; either order works outside IL.
    await concurrentDualReview(story, "dd", { screened: 30, first: 25, second: 21 });
  });
});

describe("CO: a time-limited approval and its Resident Review", () => {
  it("CO: a Level II approval time-limited to a named last day starts its Resident Review at admission, due that day on the NF's worklist; the NF's review Level I completes it (CO 8.401.184 E; domain README step 4)", async () => {
    await namedEndTimeLimitedReview(story, { approvedFor: 45, admitted: 9 });
  });
});
