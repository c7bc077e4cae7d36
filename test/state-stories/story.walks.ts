import { addDays } from "@pasrr/calendar/calendar-date";
import { expect } from "vitest";
import { refusalOf, type stateStory } from "./story.support.ts";

/** The steps several states walk alike, each asserting what its source says at every step (issue 17 stories). */
type Story = ReturnType<typeof stateStory>;

/**
 * A dual Level II the state reviews with both authorities at once (everywhere but IL): both
 * referrals open on the screen's day, due by the pack's time frame; PASRR is met on the day the
 * second authority determines (OH guide, PAS effective date), whichever decides first.
 */
export async function concurrentDualReview(story: Story, first: "mh" | "dd", days: { screened: number; first: number; second: number }) {
  const person = await story.person("Dual");
  const screenedOn = story.daysAgo(days.screened);
  const screen = await story.levelOne(person, screenedOn, { mi: true, dd: true });
  const dueOn = story.after(screenedOn, story.policy.levelTwoDue.value);
  expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "DUAL" });
  expect(screen.referrals.map((r) => [r.authority, r.status, r.referredOn, r.dueOn, r.awaitsAuthority]).sort()).toEqual([
    ["DD", "OPEN", screenedOn, dueOn, null],
    ["MH", "OPEN", screenedOn, dueOn, null],
  ]);
  const referral = { mh: (await story.referrals("mh", person))[0]!, dd: (await story.referrals("dd", person))[0]! };
  const second = first === "mh" ? "dd" : "mh";
  const facts = (by: "mh" | "dd") => (by === "mh" ? { seriousMentalIllnessPrimary: true } : {});
  expect(await story.determine(first, referral[first].id, story.daysAgo(days.first), facts(first))).toMatchObject({
    outcome: "ADMISSION_ALLOWED",
    policyState: story.policy.state,
  });
  expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: null, pendingReferralIds: [referral[second].id] });

  const metOn = story.daysAgo(days.second);
  expect(await story.determine(second, referral[second].id, metOn, facts(second))).toMatchObject({ outcome: "ADMISSION_ALLOWED" });
  const { pasrr, periods } = await story.standing(person);
  expect(pasrr).toMatchObject({ requirementsMetOn: metOn, nursingFacilityAdmissionAllowed: true, pendingReferralIds: [] });
  expect(periods).toEqual([
    { from: screenedOn, through: addDays(metOn, -1), reason: "LEVEL_II_PENDING", facilityId: null },
    { from: metOn, through: null, reason: "PASRR_MET", facilityId: null },
  ]);
}

/**
 * A time-limited Level II approval where the pack gives no length, so the authority names its last
 * day (refused without one), and no lead time: admitted, the Resident Review it starts is due on
 * that last day on the NF's worklist (domain README, step 4), and the NF's review Level I completes it.
 */
export async function namedEndTimeLimitedReview(story: Story, days: { approvedFor: number; admitted: number }) {
  expect(story.policy.levelTwoTimeLimitedDays.value).toBeNull();
  expect(story.policy.levelTwoRenewalLeadDays.value).toBeNull();
  const person = await story.person("TimeLimited");
  const screen = await story.levelOne(person, story.daysAgo(18), { mi: true });
  const referralId = screen.referrals[0]!.id;
  const determinedOn = story.daysAgo(15);
  expect(refusalOf(await story.determineAnswer("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED" }))).toEqual([
    ["BAD_USER_INPUT", "input.approvedThrough"],
  ]);
  const approvedThrough = story.inDays(days.approvedFor);
  expect(await story.determine("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED", approvedThrough })).toMatchObject({
    outcome: "ALLOWED_TIME_LIMITED",
    approvedThrough,
  });
  expect((await story.standing(person)).pasrr).toMatchObject({
    validThrough: approvedThrough,
    nextAction: { action: "RESIDENT_REVIEW", dueOn: approvedThrough },
  });

  const admittedOn = story.daysAgo(days.admitted);
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
}
