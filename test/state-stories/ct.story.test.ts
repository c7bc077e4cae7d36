import { addDays } from "@pasrr/calendar/calendar-date";
import { describe, expect, it } from "vitest";
import { lastDay, refusalOf, stateStory } from "./story.support.ts";

/**
 * Connecticut, through the real gateway under the CT pack (issue 17 story): a NF files the Level I
 * of a community applicant asking for a respite stay, which the Level II authority decides (the
 * newsletters name no decider: the pack keeps the federal baseline); a dual Level II; a
 * time-limited Level II approval whose subsequent screen is due 7 days before it ends (the pack's
 * lead time) on the NF's worklist, and the NF's screen completes it. Source: the CT AssessmentPro
 * newsletters (`ct-pasrr-assessmentpro-newsletters.txt`).
 */
const story = stateStory("CT", {
  county: "Hartford",
  organisations: {
    hospital: "hartford-acute-discharge-planning",
    nf: "hartford-county-nf",
    paa: "ct-pasrr-contractor",
    mh: "ct-level-ii-mh",
    dd: "ct-level-ii-dds",
  },
});
const { policy } = story;

describe("CT: a categorical, as Connecticut has it", () => {
  it("CT: the MH authority grants a respite stay to a community applicant with SMI; PASRR met from the decision day, until the short-term approval expires (CT newsletters, Reasons for Screening; federal baseline decider)", async () => {
    // CT lists Respite among its short-term approvals but gives neither its length nor its decider: both are the federal baseline's.
    expect(policy.categoricals.decidedBy.MI.value).toEqual(["MH_AUTHORITY"]);
    expect(policy.categoricalDays.RESPITE.source).toMatch(/^domain\/README\.md/);
    const days = policy.categoricalDays.RESPITE.value!;
    const person = await story.person("Respite");
    const screenedOn = story.daysAgo(40);
    // "Nursing facility applicant": the NF selects it only for a person admitting to it from the community.
    const screen = await story.levelOne(person, screenedOn, {
      by: "nf",
      mi: true,
      extra: { reasonForScreening: "NF_APPLICANT_FROM_COMMUNITY", currentSetting: "COMMUNITY", request: { kind: "RESPITE" } },
    });
    const decisionDue = story.after(screenedOn, policy.categoricals.decisionDue.value);
    expect(screen).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      levelTwoCategory: "MI",
      categoricalType: "RESPITE",
      categoricalStatus: "REQUESTED",
      categoricalDueOn: decisionDue,
      referrals: [],
    });
    expect(await story.categoricalWorklist("mh")).toContainEqual({ id: screen.id, categoricalType: "RESPITE", categoricalDueOn: decisionDue });
    expect(refusalOf(await story.decide("paa", screen.id, "GRANTED", story.daysAgo(38)))).toEqual([["FORBIDDEN", "FED-CATEGORICAL-LEVEL-II-AUTHORITY"]]);

    const decidedOn = story.daysAgo(38);
    const through = lastDay(decidedOn, days);
    const granted = await story.grant("mh", screen.id, decidedOn);
    expect(granted).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalType: "RESPITE",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: decidedOn,
      validThrough: through,
      referrals: [],
    });
    expect(granted.categoricalDecisions).toEqual([{ deciderRole: "MH_AUTHORITY", decidedByOrganisationId: "ct-level-ii-mh", decision: "GRANTED", decidedOn }]);
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: decidedOn, validThrough: through });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(decidedOn, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: decidedOn, through, reason: "PASRR_MET", facilityId: null },
      { from: addDays(through, 1), through: null, reason: "EXEMPTION_EXPIRED", facilityId: null },
    ]);
  });

  it("CT: a categorical is only for a person with SMI or I/DD: asked for someone with no indications, it is not applied (CT newsletters, PASRR reminders)", async () => {
    const screen = await story.levelOne(await story.person("NoIndications"), story.daysAgo(10), {
      by: "nf",
      extra: { reasonForScreening: "NF_APPLICANT_FROM_COMMUNITY", currentSetting: "COMMUNITY", request: { kind: "RESPITE" } },
    });
    expect(screen).toMatchObject({ outcome: "NO_INDICATIONS", categoricalType: null, categoricalStatus: null, referrals: [] });
    expect(screen.explanation.explanation).toMatch(/A categorical determination applies only to people with indications/);
  });
});

describe("CT: a dual Level II", () => {
  it("CT: a Level I with SMI and I/DD indications is referred to both Level II authorities at once, due by the pack's working days on Connecticut's calendar; PASRR met on the second determination (CT newsletters, business days; OH guide, PAS effective date as the federal baseline)", async () => {
    expect(policy.holidayCalendar.value).toBe("US-CT");
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

    const first = story.daysAgo(26);
    expect(await story.determine("dd", dd!.id, first)).toMatchObject({ outcome: "ADMISSION_ALLOWED", policyState: "CT" });
    expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: null, pendingReferralIds: [mh!.id] });

    const second = story.daysAgo(23);
    expect(await story.determine("mh", mh!.id, second, { seriousMentalIllnessPrimary: true })).toMatchObject({ outcome: "ADMISSION_ALLOWED" });
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: second, nursingFacilityAdmissionAllowed: true, pendingReferralIds: [] });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(second, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: second, through: null, reason: "PASRR_MET", facilityId: null },
    ]);
  });
});

describe("CT: a time-limited approval and its subsequent screen", () => {
  it("CT: admitted on a time-limited Level II approval, the subsequent Level II screen is due 7 days before the approval expires on the NF's worklist; the NF's screen completes it (CT newsletters, PASRR reminders: no later than 7-10 days prior)", async () => {
    expect(policy.levelTwoRenewalLeadDays).toMatchObject({ value: 7, source: expect.stringMatching(/7-10 days prior/) });
    const person = await story.person("TimeLimited");
    const screen = await story.levelOne(person, story.daysAgo(18), { mi: true });
    const referralId = screen.referrals[0]!.id;
    const determinedOn = story.daysAgo(15);
    expect(refusalOf(await story.determineAnswer("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED" }))).toEqual([
      ["BAD_USER_INPUT", "input.approvedThrough"],
    ]);
    const approvedThrough = story.inDays(40);
    expect(await story.determine("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED", approvedThrough })).toMatchObject({
      outcome: "ALLOWED_TIME_LIMITED",
      approvedThrough,
    });

    // The person's standing names the same day as the worklist will: the subsequent screen, a week before the approval ends.
    expect((await story.standing(person)).pasrr).toMatchObject({
      validThrough: approvedThrough,
      nextAction: { action: "RESIDENT_REVIEW", dueOn: addDays(approvedThrough, -7) },
    });

    const admittedOn = story.daysAgo(10);
    const dueOn = addDays(approvedThrough, -7);
    const review = await story.admit(person, admittedOn);
    expect(review).toMatchObject({
      reason: "LEVEL_II_APPROVAL_EXPIRING",
      triggeredOn: admittedOn,
      dueOn,
      completedOn: null,
      source: expect.stringMatching(/7-10 days prior/),
    });
    expect(await story.reviews(person, story.today())).toEqual({ due: [review], overdue: [] });
    // Overdue the day after, a week before the approval itself ends.
    expect((await story.reviews(person, addDays(dueOn, 1))).overdue).toEqual([review]);

    const reviewedOn = story.today();
    const reviewScreen = await story.reviewLevelOne(person, reviewedOn);
    expect(reviewScreen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", referrals: [expect.objectContaining({ authority: "MH", status: "OPEN" })] });
    expect(await story.reviewRecord(review!.id)).toEqual({ completedOn: reviewedOn, completedByScreenId: reviewScreen.id, endedOn: null });
    expect(await story.reviews(person, story.today())).toEqual({ due: [], overdue: [] });
    expect((await story.reviews(person, addDays(dueOn, 1))).overdue).toEqual([]);
  });
});
