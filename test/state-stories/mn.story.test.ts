import { addDays } from "@pasrr/calendar/calendar-date";
import { describe, expect, it } from "vitest";
import { lastDay, refusalOf, stateStory } from "./story.support.ts";
import { concurrentDualReview, namedEndTimeLimitedReview } from "./story.walks.ts";

/**
 * Minnesota, through the real gateway under the MN pack (issue 17 story): the Local Mental Health
 * Authority decides a convalescent categorical (with the physician's written order); a dual case
 * notified to the LMHA and the DD authority at once, each due in 9 working days; a time-limited
 * admission whose follow-up the NF's census starts and the NF's review Level I completes. Source:
 * MN bulletin 00-53-3 (`mn-bulletin-00-53-3-level-ii-mental-illness.txt`).
 */
const story = stateStory("MN", {
  county: "Hennepin",
  organisations: {
    hospital: "hennepin-acute-discharge-planning",
    nf: "hennepin-county-nf",
    paa: "hennepin-county-pas-team",
    mh: "hennepin-lmha",
    dd: "hennepin-county-dd",
  },
});
const { policy } = story;
const convalescent = { kind: "CONVALESCENT", physicianCertifiedStayUnder30Days: true, expectedStayDays: 21 };

describe("MN: a categorical, as Minnesota has it", () => {
  it("MN: the LMHA grants convalescent care ordered in writing by the treating physician; PASRR met from the decision day, for 30 days (MN bulletin 00-53-3, Categorical determinations; Level II form B.3.a)", async () => {
    expect(policy.categoricalDays.CONVALESCENT).toMatchObject({ value: 30, source: expect.stringMatching(/B\.3\.a/) });
    const person = await story.person("Convalescent");
    const screenedOn = story.daysAgo(40);
    const screen = await story.levelOne(person, screenedOn, { mi: true, extra: { request: convalescent } });
    const decisionDue = story.after(screenedOn, policy.categoricals.decisionDue.value);
    expect(screen).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      levelTwoCategory: "MI",
      categoricalType: "CONVALESCENT",
      categoricalStatus: "REQUESTED",
      categoricalDueOn: decisionDue,
      referrals: [],
    });
    expect(await story.categoricalWorklist("mh")).toContainEqual({ id: screen.id, categoricalType: "CONVALESCENT", categoricalDueOn: decisionDue });
    // "if the LMHA determines": not the county's PAS team.
    expect(refusalOf(await story.decide("paa", screen.id, "GRANTED", story.daysAgo(37)))).toEqual([["FORBIDDEN", "MN-CATEGORICAL-LMHA-DECIDES"]]);

    const decidedOn = story.daysAgo(37);
    const through = lastDay(decidedOn, 30);
    const granted = await story.grant("mh", screen.id, decidedOn);
    expect(granted).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalType: "CONVALESCENT",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: decidedOn,
      validThrough: through,
      referrals: [],
    });
    expect(granted.categoricalDecisions).toEqual([{ deciderRole: "MH_AUTHORITY", decidedByOrganisationId: "hennepin-lmha", decision: "GRANTED", decidedOn }]);
    // "referral to an independent mental health professional is required when the length of stay is expected to exceed the established time limits".
    expect(granted.explanation.explanation).toMatch(new RegExp(`through ${through}; at its end a Level II referral is due`));
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: decidedOn, nursingFacilityAdmissionAllowed: true, validThrough: through });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(decidedOn, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: decidedOn, through, reason: "PASRR_MET", facilityId: null },
      { from: addDays(through, 1), through: null, reason: "EXEMPTION_EXPIRED", facilityId: null },
    ]);
  });

  it("MN: convalescent care without the physician's written order is not put to the LMHA, and MN has no primary dementia categorical: both go to Level II (MN bulletin 00-53-3, Convalescent Care; Level II form B.3)", async () => {
    const unordered = await story.levelOne(await story.person("Unordered"), story.daysAgo(10), {
      mi: true,
      extra: { request: { ...convalescent, physicianCertifiedStayUnder30Days: false } },
    });
    expect(unordered).toMatchObject({ outcome: "LEVEL_II_REQUIRED", categoricalStatus: null });
    expect(unordered.explanation.explanation).toMatch(
      /Categorical determination not applied: MN-CAT-CONVALESCENT: a CONVALESCENT categorical needs the physician's written certification/,
    );
    const dementia = await story.levelOne(await story.person("Dementia"), story.daysAgo(10), {
      mi: true,
      extra: { dementia: "PRIMARY", request: { kind: "PRIMARY_DEMENTIA" } },
    });
    expect(dementia).toMatchObject({ outcome: "LEVEL_II_REQUIRED", categoricalStatus: null });
    expect(dementia.explanation.explanation).toMatch(
      /Categorical determination not applied: MN-CATEGORICAL-LIST: the MN pack has no PRIMARY_DEMENTIA categorical/,
    );
  });
});

describe("MN: a dual Level II", () => {
  it("MN: with a dual diagnosis the LMHA and the DD authority are both notified, each due in 9 working days (MN bulletin 00-53-3, Level I screen; Level II form A); PASRR met on the second determination", async () => {
    expect(policy.levelTwoDue.value).toEqual({ amount: 9, unit: "WORKING_DAYS" });
    await concurrentDualReview(story, "mh", { screened: 30, first: 24, second: 20 });
  });
});

describe("MN: a time-limited approval and its follow-up", () => {
  it("MN: a time-limited admission approved by the LMHA through a named last day starts its follow-up at admission, due that day on the NF's worklist; the NF's review Level I completes it (MN bulletin 00-53-3, Level II screening process: time limited admission, follow-up required)", async () => {
    await namedEndTimeLimitedReview(story, { approvedFor: 35, admitted: 8 });
  });
});
