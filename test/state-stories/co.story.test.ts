import { addDays } from "@pasrr/platform";
import { describe, expect, it } from "vitest";
import { lastDay, refusalOf, stateStory } from "./story.support.ts";

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
    expect(screen).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", levelTwoCategory: "MI", categoricalType: "CONVALESCENT", categoricalStatus: "REQUESTED", categoricalDueOn: decisionDue, referrals: [] });
    expect(await story.categoricalWorklist("paa")).toContainEqual({ id: screen.id, categoricalType: "CONVALESCENT", categoricalDueOn: decisionDue });
    expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: null, nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: decisionDue } });
    // "determined by the Utilization Review Contractor": not by the MH Level II contractor.
    expect(refusalOf(await story.decide("mh", screen.id, "GRANTED", story.daysAgo(38)))).toEqual([["FORBIDDEN", "CO-CATEGORICAL-URC-DECIDES"]]);

    const decidedOn = story.daysAgo(38);
    const through = lastDay(decidedOn, 60);
    const granted = await story.grant("paa", screen.id, decidedOn);
    expect(granted).toMatchObject({ outcome: "CATEGORICAL", categoricalType: "CONVALESCENT", categoricalStatus: "GRANTED", categoricalDecidedOn: decidedOn, validThrough: through, referrals: [] });
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
      expect(screen.explanation.explanation).toMatch(new RegExp(`Categorical determination not applied: CO-CATEGORICAL-LIST: the CO pack has no ${kind} categorical`));
    }
  });
});

describe("CO: a dual Level II", () => {
  it("CO: a Level I with SMI and ID/DD indications is referred to both Level II contractors at once, each due in 10 working days (CO 8.401.202 C); PASRR met on the second determination", async () => {
    expect(policy.levelTwoDue.value).toEqual({ amount: 10, unit: "WORKING_DAYS" });
    const person = await story.person("Dual");
    const screenedOn = story.daysAgo(30);
    const screen = await story.levelOne(person, screenedOn, { mi: true, dd: true });
    const dueOn = story.after(screenedOn, policy.levelTwoDue.value);
    expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "DUAL" });
    expect(screen.referrals.map((r) => [r.authority, r.status, r.dueOn, r.awaitsAuthority]).sort()).toEqual([
      ["DD", "OPEN", dueOn, null],
      ["MH", "OPEN", dueOn, null],
    ]);
    const [mh] = await story.referrals("mh", person);
    const [dd] = await story.referrals("dd", person);

    // The community centered board determines first this time; either order works outside IL.
    const first = story.daysAgo(25);
    expect(await story.determine("dd", dd!.id, first)).toMatchObject({ outcome: "ADMISSION_ALLOWED", policyState: "CO" });
    expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: null, pendingReferralIds: [mh!.id] });

    const second = story.daysAgo(21);
    expect(await story.determine("mh", mh!.id, second, { seriousMentalIllnessPrimary: true })).toMatchObject({ outcome: "ADMISSION_ALLOWED" });
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: second, nursingFacilityAdmissionAllowed: true, pendingReferralIds: [] });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(second, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: second, through: null, reason: "PASRR_MET", facilityId: null },
    ]);
  });
});

describe("CO: a time-limited approval and its Resident Review", () => {
  it("CO: a Level II approval time-limited to a named last day starts its Resident Review at admission, due that day on the NF's worklist; the NF's review Level I completes it (CO 8.401.184 E; domain README step 4)", async () => {
    expect(policy.levelTwoTimeLimitedDays.value).toBeNull();
    expect(policy.levelTwoRenewalLeadDays.value).toBeNull();
    const person = await story.person("TimeLimited");
    const screen = await story.levelOne(person, story.daysAgo(18), { mi: true });
    const referralId = screen.referrals[0]!.id;
    const determinedOn = story.daysAgo(15);
    expect(refusalOf(await story.determineAnswer("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED" }))).toEqual([["BAD_USER_INPUT", "input.approvedThrough"]]);
    const approvedThrough = story.inDays(45);
    expect(await story.determine("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED", approvedThrough })).toMatchObject({ outcome: "ALLOWED_TIME_LIMITED", approvedThrough });

    expect((await story.standing(person)).pasrr).toMatchObject({ validThrough: approvedThrough, nextAction: { action: "RESIDENT_REVIEW", dueOn: approvedThrough } });

    const admittedOn = story.daysAgo(9);
    const review = await story.admit(person, admittedOn);
    expect(review).toMatchObject({ reason: "LEVEL_II_APPROVAL_EXPIRING", triggeredOn: admittedOn, dueOn: approvedThrough, completedOn: null });
    expect(await story.reviews(person, story.today())).toEqual({ due: [review], overdue: [] });
    expect((await story.reviews(person, addDays(approvedThrough, 1))).overdue).toEqual([review]);

    const reviewedOn = story.today();
    const reviewScreen = await story.reviewLevelOne(person, reviewedOn);
    expect(reviewScreen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", referrals: [expect.objectContaining({ authority: "MH", status: "OPEN" })] });
    expect(await story.reviewRecord(review!.id)).toEqual({ completedOn: reviewedOn, completedByScreenId: reviewScreen.id, endedOn: null });
    expect(await story.reviews(person, story.today())).toEqual({ due: [], overdue: [] });
    expect((await story.reviews(person, addDays(approvedThrough, 1))).overdue).toEqual([]);
  });
});
