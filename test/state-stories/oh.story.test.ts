import { addDays } from "@pasrr/calendar/calendar-date";
import { describe, expect, it } from "vitest";
import { lastDay, refusalOf, stateStory } from "./story.support.ts";
import { concurrentDualReview, namedEndTimeLimitedReview } from "./story.walks.ts";

/**
 * Ohio, through the real gateway under the OH pack (issue 17 story): the regional PAA (Council on
 * Aging) files a respite request that OhioMHAS and DODD decide; a dual Further Review that takes
 * effect when the second state authority determines; a time-limited approval whose Resident Review
 * the NF's census starts and the NF's review Level I completes. Source: the OH COA pre-admission
 * review guide (`oh-coa-pre-admission-review.txt`).
 */
const story = stateStory("OH", {
  county: "Hamilton",
  organisations: {
    hospital: "hamilton-general-discharge-planning",
    nf: "hamilton-county-nf",
    paa: "council-on-aging-sw-ohio",
    mh: "ohiomhas-kepro",
    dd: "oh-dodd",
  },
});
const { policy } = story;

describe("OH: a categorical, as Ohio has it", () => {
  it("OH: OhioMHAS and DODD both approve a 14-day respite stay for a dual applicant; PASRR met from the second approval (OH guide, When does a PAS expire; PAS effective date)", async () => {
    expect(policy.categoricalDays.RESPITE).toMatchObject({ value: 14, source: expect.stringMatching(/14-day respite/) });
    const person = await story.person("Respite");
    const screenedOn = story.daysAgo(40);
    // The PAA files the PAS for a person at home who applies to the NF for a respite stay.
    const screen = await story.levelOne(person, screenedOn, {
      by: "paa",
      mi: true,
      dd: true,
      extra: { reasonForScreening: "NF_APPLICANT_FROM_COMMUNITY", currentSetting: "COMMUNITY", request: { kind: "RESPITE" } },
    });
    const decisionDue = story.after(screenedOn, policy.categoricals.decisionDue.value);
    expect(screen).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      levelTwoCategory: "DUAL",
      categoricalType: "RESPITE",
      categoricalStatus: "REQUESTED",
      categoricalDueOn: decisionDue,
      validThrough: null,
      referrals: [],
    });
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
    expect(granted).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalType: "RESPITE",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: ddOn,
      validThrough: through,
      referrals: [],
    });
    expect(granted.categoricalDecisions.map((d) => [d.deciderRole, d.decidedByOrganisationId, d.decision, d.decidedOn])).toEqual(
      expect.arrayContaining([
        ["MH_AUTHORITY", "ohiomhas-kepro", "GRANTED", mhOn],
        ["DD_AUTHORITY", "oh-dodd", "GRANTED", ddOn],
      ]),
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
      by: "paa",
      mi: true,
      extra: { reasonForScreening: "NF_APPLICANT_FROM_COMMUNITY", currentSetting: "COMMUNITY", request: { kind: "RESPITE" } },
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
    await concurrentDualReview(story, "mh", { screened: 30, first: 26, second: 22 });
  });
});

describe("OH: a time-limited approval and its Resident Review", () => {
  it("OH: a Further Review approval time-limited to a named last day starts its Resident Review at admission, due that day on the NF's worklist; the NF's review Level I completes it (OH guide, Resident Review; domain README step 4)", async () => {
    // Outside IL no pack gives a length: a time-limited approval names its last day; the NF's PAS/RR Level I is the review.
    await namedEndTimeLimitedReview(story, { approvedFor: 40, admitted: 10 });
  });
});
