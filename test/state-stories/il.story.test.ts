import { addDays } from "@pasrr/calendar/calendar-date";
import { describe, expect, it } from "vitest";
import { lastDay, refusalOf, stateStory } from "./story.support.ts";

/**
 * Illinois, through the real gateway under the IL pack (issue 17 story): the PAS/MH agent decides
 * a convalescent categorical within three business days; a dual case goes to the PAS/DD agent
 * first while the mental health referral waits; a time-limited approval (about six months when no
 * end is given) whose Resident Review the NF's census starts and the NF's review Level I completes.
 * Source: the IL PAS/MH contractor manual (`il-pas-mh-contractor-manual.txt`).
 */
const story = stateStory("IL", {
  county: "Cook",
  organisations: {
    hospital: "cook-county-general-discharge-planning",
    nf: "cook-county-nf",
    paa: "il-ccu-cook",
    mh: "il-pas-mh-agent-cook",
    dd: "il-pas-dd-agent-cook",
  },
});
const { policy } = story;

describe("IL: a categorical, as Illinois has it", () => {
  it("IL: the PAS/MH agent grants a convalescent categorical within three business days; PASRR met from the decision day, for 120 days (IL manual IV.G.3, III.D.2)", async () => {
    expect(policy.categoricalDays.CONVALESCENT).toMatchObject({ value: 120, source: expect.stringMatching(/120 days/) });
    expect(policy.categoricals.decisionDue.value).toEqual({ amount: 3, unit: "WORKING_DAYS" });
    const person = await story.person("Convalescent");
    const screenedOn = story.daysAgo(40);
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
    expect(await story.categoricalWorklist("mh")).toContainEqual({ id: screen.id, categoricalType: "CONVALESCENT", categoricalDueOn: decisionDue });
    // The agent's desk review decides it; the county's Care Coordination Unit does not.
    expect(refusalOf(await story.decide("paa", screen.id, "GRANTED", story.daysAgo(39)))).toEqual([["FORBIDDEN", "IL-CATEGORICAL-AGENT-DECIDES"]]);

    const decidedOn = story.daysAgo(39);
    const through = lastDay(decidedOn, 120);
    const granted = await story.grant("mh", screen.id, decidedOn);
    expect(granted).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalType: "CONVALESCENT",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: decidedOn,
      validThrough: through,
      referrals: [],
    });
    expect(granted.categoricalDecisions).toEqual([
      { deciderRole: "MH_AUTHORITY", decidedByOrganisationId: "il-pas-mh-agent-cook", decision: "GRANTED", decidedOn },
    ]);
    // IV.G.3: "If a longer stay is required, the nursing facility should refer the client for additional PAS/MH assessments".
    expect(granted.explanation.explanation).toMatch(new RegExp(`through ${through}; at its end a Level II referral is due`));
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: decidedOn, nursingFacilityAdmissionAllowed: true, validThrough: through });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(decidedOn, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: decidedOn, through, reason: "PASRR_MET", facilityId: null },
      { from: addDays(through, 1), through: null, reason: "EXEMPTION_EXPIRED", facilityId: null },
    ]);
  });

  it("IL: in a dual case the PAS/DD agent decides the categorical before the PAS/MH agent; PASRR met on the second grant (IL manual IV.D.3)", async () => {
    const person = await story.person("DualCategorical");
    const screenedOn = story.daysAgo(35);
    const screen = await story.levelOne(person, screenedOn, { mi: true, dd: true, extra: { request: { kind: "TERMINAL_ILLNESS" } } });
    expect(screen).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", levelTwoCategory: "DUAL", categoricalType: "TERMINAL_ILLNESS" });
    // The mental health agent waits for the DD agent: its decision first is an invalid transition, and the request is not on its worklist yet.
    expect(refusalOf(await story.decide("mh", screen.id, "GRANTED", story.daysAgo(34)))).toEqual([["CONFLICT", "IL-CATEGORICAL-DUAL-ORDER"]]);
    expect((await story.categoricalWorklist("mh")).map((request) => request.id)).not.toContain(screen.id);
    expect((await story.categoricalWorklist("dd")).map((request) => request.id)).toContain(screen.id);

    const ddOn = story.daysAgo(34);
    expect(await story.grant("dd", screen.id, ddOn)).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", categoricalStatus: "REQUESTED" });
    expect((await story.categoricalWorklist("mh")).map((request) => request.id)).toContain(screen.id);
    const mhOn = story.daysAgo(33);
    expect(await story.grant("mh", screen.id, mhOn)).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: mhOn,
      validThrough: null,
    });
    expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: mhOn, nursingFacilityAdmissionAllowed: true, validThrough: null });
  });

  it("IL has no respite or emergency categorical: the request goes to a PAS/MH Level II (IL manual IV.F–H)", async () => {
    for (const kind of ["RESPITE", "EMERGENCY"]) {
      const screen = await story.levelOne(await story.person(`No${kind}`), story.daysAgo(10), { mi: true, extra: { request: { kind } } });
      expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", categoricalStatus: null, referrals: [expect.objectContaining({ authority: "MH" })] });
      expect(screen.explanation.explanation).toMatch(
        new RegExp(`Categorical determination not applied: IL-CATEGORICAL-LIST: the IL pack has no ${kind} categorical`),
      );
    }
  });
});

describe("IL: a dual Level II, DD first", () => {
  it("IL: the PAS/DD agent assesses first while the PAS/MH referral waits (a CONFLICT until DD determines), then is due three business days after the DD determination; PASRR met on the second determination (IL manual IV.D.3)", async () => {
    expect(policy.dualReviewSequence.value).toBe("DD_FIRST");
    const person = await story.person("Dual");
    const screenedOn = story.daysAgo(30);
    const screen = await story.levelOne(person, screenedOn, { mi: true, dd: true });
    const ddDue = story.after(screenedOn, policy.levelTwoDue.value);
    expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "DUAL" });
    expect(screen.referrals.map((r) => [r.authority, r.status, r.dueOn, r.awaitsAuthority]).sort()).toEqual([
      ["DD", "OPEN", ddDue, null],
      ["MH", "OPEN", story.after(ddDue, policy.levelTwoDue.value), "DD"],
    ]);
    const [dd] = await story.referrals("dd", person);
    const [mh] = await story.referrals("mh", person);

    const early = await story.determineAnswer("mh", mh!.id, story.daysAgo(29), { seriousMentalIllnessPrimary: true });
    expect(refusalOf(early).map(([code]) => code)).toEqual(["CONFLICT"]);
    expect(early.errors![0]!.message).toMatch(/DUAL_REVIEW_SEQUENCE/);

    const ddOn = story.daysAgo(27);
    expect(await story.determine("dd", dd!.id, ddOn)).toMatchObject({ outcome: "ADMISSION_ALLOWED", policyState: "IL" });
    expect(await story.referrals("mh", person)).toEqual([expect.objectContaining({ status: "OPEN", dueOn: story.after(ddOn, policy.levelTwoDue.value) })]);
    expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: null, pendingReferralIds: [mh!.id] });

    const mhOn = story.daysAgo(25);
    expect(await story.determine("mh", mh!.id, mhOn, { seriousMentalIllnessPrimary: true })).toMatchObject({ outcome: "ADMISSION_ALLOWED" });
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: mhOn, nursingFacilityAdmissionAllowed: true, pendingReferralIds: [] });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(mhOn, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: mhOn, through: null, reason: "PASRR_MET", facilityId: null },
    ]);
  });
});

describe("IL: a time-limited approval and its Resident Review", () => {
  it("IL: a time-limited eligibility given no end runs about six months; admitted, its Resident Review is due on its last day on the NF's worklist beside the new admission's review (IX.A.1), and the NF's review Level I completes both (IL manual VII.C)", async () => {
    expect(policy.levelTwoTimeLimitedDays).toMatchObject({ value: 180, source: expect.stringMatching(/six month stay/) });
    expect(policy.levelTwoRenewalLeadDays.value).toBeNull();
    const person = await story.person("TimeLimited");
    const screen = await story.levelOne(person, story.daysAgo(18), { mi: true });
    const determinedOn = story.daysAgo(15);
    const approvedThrough = addDays(determinedOn, 180);
    const determination = await story.determine("mh", screen.referrals[0]!.id, determinedOn, {
      approvalPeriod: "TIME_LIMITED",
      seriousMentalIllnessPrimary: true,
    });
    expect(determination).toMatchObject({ outcome: "ALLOWED_TIME_LIMITED", approvalPeriod: "TIME_LIMITED", approvedThrough });

    // Admitted within the 90 days the Level II screen is valid for (VI.C.2).
    expect((await story.standing(person)).pasrr).toMatchObject({
      validThrough: approvedThrough,
      nextAction: { action: "RESIDENT_REVIEW", dueOn: approvedThrough },
    });

    const admittedOn = story.daysAgo(9);
    const review = await story.admit(person, admittedOn);
    expect(review).toMatchObject({ reason: "LEVEL_II_APPROVAL_EXPIRING", triggeredOn: admittedOn, dueOn: approvedThrough, completedOn: null });
    // IL IX.A.1: a new admission assessed by PAS/MH also gets its Resident Review before the 60th day of stay.
    const initial = { reason: "INITIAL_ADMISSION_REVIEW", triggeredOn: admittedOn, dueOn: addDays(admittedOn, 58), completedOn: null };
    const open = await story.reviews(person, story.today());
    expect(open.overdue).toEqual([]);
    expect(open.due).toEqual(expect.arrayContaining([review, expect.objectContaining(initial)]));
    expect(open.due).toHaveLength(2);
    expect((await story.reviews(person, addDays(approvedThrough, 1))).overdue).toEqual(expect.arrayContaining([review]));

    const reviewedOn = story.today();
    const reviewScreen = await story.reviewLevelOne(person, reviewedOn);
    expect(reviewScreen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", referrals: [expect.objectContaining({ authority: "MH", status: "OPEN" })] });
    expect(await story.reviewRecord(review!.id)).toEqual({ completedOn: reviewedOn, completedByScreenId: reviewScreen.id, endedOn: null });
    expect(await story.reviews(person, story.today())).toEqual({ due: [], overdue: [] });
    expect((await story.reviews(person, addDays(approvedThrough, 1))).overdue).toEqual([]);
  });
});
