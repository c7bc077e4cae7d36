import { addDays } from "@pasrr/platform";
import { describe, expect, it } from "vitest";
import { lastDay, refusalOf, stateStory } from "./story.support.ts";

/**
 * Ohio, through the real gateway under the OH pack (issue 17 story): the regional PAA (Council on
 * Aging) files a respite request that OhioMHAS and DODD decide; a dual Further Review that takes
 * effect when the second state authority determines; a time-limited approval whose Resident Review
 * the NF's census starts and the NF's review Level I completes. Source: the OH COA pre-admission
 * review guide (`oh-coa-pre-admission-review.txt`).
 */
const story = stateStory("OH", {
  county: "Hamilton",
  organisations: { hospital: "hamilton-general-discharge-planning", nf: "hamilton-county-nf", paa: "council-on-aging-sw-ohio", mh: "ohiomhas-kepro", dd: "oh-dodd" },
});
const { policy } = story;

describe("OH: a categorical, as Ohio has it", () => {
  it("OH: OhioMHAS and DODD both approve a 14-day respite stay for a dual applicant; PASRR met from the second approval (OH guide, When does a PAS expire; PAS effective date)", async () => {
    expect(policy.categoricalDays.RESPITE).toMatchObject({ value: 14, source: expect.stringMatching(/14-day respite/) });
    const person = await story.person("Respite");
    const screenedOn = story.daysAgo(40);
    // The PAA files the PAS for a person at home who applies to the NF for a respite stay.
    const screen = await story.levelOne(person, screenedOn, {
      by: "paa", mi: true, dd: true, extra: { reasonForScreening: "NF_APPLICANT_FROM_COMMUNITY", currentSetting: "COMMUNITY", request: { kind: "RESPITE" } },
    });
    const decisionDue = story.after(screenedOn, policy.categoricals.decisionDue.value);
    expect(screen).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", levelTwoCategory: "DUAL", categoricalType: "RESPITE", categoricalStatus: "REQUESTED", categoricalDueOn: decisionDue, validThrough: null, referrals: [] });
    for (const authority of ["mh", "dd"] as const) {
      expect(await story.categoricalWorklist(authority)).toContainEqual({ id: screen.id, categoricalType: "RESPITE", categoricalDueOn: decisionDue });
    }
    // "approved through OMHAS and/or DODD": not by the PAA that filed it.
    expect(refusalOf(await story.decide("paa", screen.id, "GRANTED", story.daysAgo(39)))).toEqual([["FORBIDDEN", "OH-CATEGORICAL-STATE-AUTHORITY"]]);

    const mhOn = story.daysAgo(39);
    expect(await story.grant("mh", screen.id, mhOn)).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", categoricalStatus: "REQUESTED", validThrough: null });
    expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: null, nursingFacilityAdmissionAllowed: false });

    const ddOn = story.daysAgo(37);
    const through = lastDay(ddOn, 14);
    const granted = await story.grant("dd", screen.id, ddOn);
    expect(granted).toMatchObject({ outcome: "CATEGORICAL", categoricalType: "RESPITE", categoricalStatus: "GRANTED", categoricalDecidedOn: ddOn, validThrough: through, referrals: [] });
    expect(granted.categoricalDecisions.map((d) => [d.deciderRole, d.decidedByOrganisationId, d.decision, d.decidedOn])).toEqual(
      expect.arrayContaining([["MH_AUTHORITY", "ohiomhas-kepro", "GRANTED", mhOn], ["DD_AUTHORITY", "oh-dodd", "GRANTED", ddOn]]),
    );
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: ddOn, validThrough: through });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(ddOn, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: ddOn, through, reason: "PASRR_MET", facilityId: null },
      { from: addDays(through, 1), through: null, reason: "EXEMPTION_EXPIRED", facilityId: null },
    ]);
  });

  it("OH: a respite stay entered within 60 days of the determination is met for its 14 days from admission (OH guide, When does a PAS expire: enter the NF within 60 days; Resident Review: no later than the resident's 14th day)", async () => {
    const person = await story.person("Respite-Later");
    const screenedOn = story.daysAgo(60);
    const screen = await story.levelOne(person, screenedOn, {
      by: "paa", mi: true, extra: { reasonForScreening: "NF_APPLICANT_FROM_COMMUNITY", currentSetting: "COMMUNITY", request: { kind: "RESPITE" } },
    });
    const grantedOn = story.daysAgo(59);
    expect(await story.grant("mh", screen.id, grantedOn)).toMatchObject({ outcome: "CATEGORICAL", validThrough: lastDay(grantedOn, 14) });
    // Entered 20 days after the approval: its 14 days are days of the stay.
    const admittedOn = addDays(grantedOn, 20);
    await story.admit(person, admittedOn);
    const { periods } = await story.standing(person);
    const stayEnds = lastDay(admittedOn, 14);
    expect(periods.find((p) => p.from <= admittedOn && (p.through === null || admittedOn <= p.through))).toMatchObject({ reason: "PASRR_MET" });
    expect(periods.find((p) => p.from <= stayEnds && (p.through === null || stayEnds <= p.through))).toMatchObject({ reason: "PASRR_MET" });
    expect(periods.find((p) => p.from === addDays(stayEnds, 1))).toMatchObject({ reason: "EXEMPTION_EXPIRED" });
  });

  it("OH has no convalescent categorical: the hospital exemption is Ohio's convalescent path, so the request goes to a Further Review (OH guide, Hospital Exemption may also be referred to as Convalescent Exemption)", async () => {
    const screen = await story.levelOne(await story.person("Convalescent"), story.daysAgo(10), { mi: true, extra: { request: { kind: "CONVALESCENT" } } });
    expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", categoricalStatus: null, referrals: [expect.objectContaining({ authority: "MH" })] });
    expect(screen.explanation.explanation).toMatch(/Categorical determination not applied: OH-CATEGORICAL-LIST: the OH pack has no CONVALESCENT categorical/);
  });
});

describe("OH: a dual Further Review", () => {
  it("OH: a Level I with SMI and ID/DD indications is referred to OhioMHAS and DODD at once; the PAS is effective the day the second state authority determines (OH guide, PAS effective date)", async () => {
    expect(policy.dualReviewSequence.value).toBe("CONCURRENT");
    const person = await story.person("Dual");
    const screenedOn = story.daysAgo(30);
    const screen = await story.levelOne(person, screenedOn, { mi: true, dd: true });
    const dueOn = story.after(screenedOn, policy.levelTwoDue.value);
    expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "DUAL" });
    expect(screen.referrals.map((r) => [r.authority, r.status, r.referredOn, r.dueOn, r.awaitsAuthority]).sort()).toEqual([
      ["DD", "OPEN", screenedOn, dueOn, null],
      ["MH", "OPEN", screenedOn, dueOn, null],
    ]);
    const [mh] = await story.referrals("mh", person);
    const [dd] = await story.referrals("dd", person);

    const first = story.daysAgo(26);
    expect(await story.determine("mh", mh!.id, first, { seriousMentalIllnessPrimary: true })).toMatchObject({ outcome: "ADMISSION_ALLOWED", policyState: "OH" });
    expect((await story.standing(person)).pasrr).toMatchObject({ requirementsMetOn: null, pendingReferralIds: [dd!.id] });

    const second = story.daysAgo(22);
    expect(await story.determine("dd", dd!.id, second)).toMatchObject({ outcome: "ADMISSION_ALLOWED" });
    const { pasrr, periods } = await story.standing(person);
    expect(pasrr).toMatchObject({ requirementsMetOn: second, nursingFacilityAdmissionAllowed: true, pendingReferralIds: [] });
    expect(periods).toEqual([
      { from: screenedOn, through: addDays(second, -1), reason: "LEVEL_II_PENDING", facilityId: null },
      { from: second, through: null, reason: "PASRR_MET", facilityId: null },
    ]);
  });
});

describe("OH: a time-limited approval and its Resident Review", () => {
  it("OH: a Further Review approval time-limited to a named last day starts its Resident Review at admission, due that day on the NF's worklist; the NF's review Level I completes it (OH guide, Resident Review; domain README step 4)", async () => {
    expect(policy.levelTwoTimeLimitedDays.value).toBeNull();
    expect(policy.levelTwoRenewalLeadDays.value).toBeNull();
    const person = await story.person("TimeLimited");
    const screen = await story.levelOne(person, story.daysAgo(18), { mi: true });
    const referralId = screen.referrals[0]!.id;
    const determinedOn = story.daysAgo(15);
    // Outside IL no pack gives a length: a time-limited approval names its last day.
    expect(refusalOf(await story.determineAnswer("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED" }))).toEqual([["BAD_USER_INPUT", "input.approvedThrough"]]);
    const approvedThrough = story.inDays(40);
    expect(await story.determine("mh", referralId, determinedOn, { approvalPeriod: "TIME_LIMITED", approvedThrough })).toMatchObject({ outcome: "ALLOWED_TIME_LIMITED", approvedThrough });

    expect((await story.standing(person)).pasrr).toMatchObject({ validThrough: approvedThrough, nextAction: { action: "RESIDENT_REVIEW", dueOn: approvedThrough } });

    const admittedOn = story.daysAgo(10);
    const review = await story.admit(person, admittedOn);
    expect(review).toMatchObject({ reason: "LEVEL_II_APPROVAL_EXPIRING", triggeredOn: admittedOn, dueOn: approvedThrough, completedOn: null });
    expect(await story.reviews(person, story.today())).toEqual({ due: [review], overdue: [] });
    expect((await story.reviews(person, addDays(approvedThrough, 1))).overdue).toEqual([review]);

    // The NF files the PAS/RR Level I for its resident: the Resident Review, referred again to OhioMHAS.
    const reviewedOn = story.today();
    const reviewScreen = await story.reviewLevelOne(person, reviewedOn);
    expect(reviewScreen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", referrals: [expect.objectContaining({ authority: "MH", status: "OPEN" })] });
    expect(await story.reviewRecord(review!.id)).toEqual({ completedOn: reviewedOn, completedByScreenId: reviewScreen.id, endedOn: null });
    expect(await story.reviews(person, story.today())).toEqual({ due: [], overdue: [] });
    expect((await story.reviews(person, addDays(approvedThrough, 1))).overdue).toEqual([]);
  });
});
