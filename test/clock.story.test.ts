import { addDays, daysBetween, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { describe, expect, it } from "vitest";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 15: the hub's rules judge dates against the hub's one clock, never the machine's
 * calendar. The same PASRR + LOC story, every date in it counted from the hub's today, must end
 * the same way whether the hub's today is pinned years apart.
 */
const hospital = "0193a000-0000-7000-8000-00000000f101";
const nursingFacility = demoFacilities[0]!;
const area = (score: number) => ({ score, dueTo: score > 0 ? ["Weakness"] : [] });
const meetsLevelOfCare = {
  bathing: area(2),
  dressing: area(2),
  toileting: area(0),
  mobility: area(0),
  transferring: area(0),
  eating: area(0),
  behaviors: area(0),
  memoryCognition: area(0),
};
const noIndication = {
  mentalIllness: { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false },
  developmentalDisability: { diagnosis: false, history: false, presentingEvidence: false, referredByDdAgency: false, relatedConditionOnsetBefore22: false },
};

type Span = { from: CalendarDate; through: CalendarDate };

async function story(hub: TestHub) {
  const today = hub.today;
  const day = (offset: number) => addDays(today, offset);
  const call = async (token: string, query: string, variables: Record<string, unknown>) => {
    const answer = await graphql(hub.gatewayUrl!, query, { token, variables });
    expect(answer.errors, `${today}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
    return answer.data!;
  };
  const hospitalToken = await hub.token({ role: "HOSPITAL", facilityIds: [hospital] });
  const facilityToken = await hub.token({ role: "NURSING_FACILITY", facilityIds: [nursingFacility.id] });
  const paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
  const payment = await hub.token({ role: "MEDICAID_PAYMENT" });

  const registered = await call(
    hospitalToken,
    `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id } } }`,
    {
      input: { givenName: "Clock", familyName: "Story-Person", birthDate: day(-80 * 365), county: "Hamilton", state: "OH" },
    },
  );
  const individualId: string = registered.registerIndividual.individual.id;
  const screen = await call(
    hospitalToken,
    `mutation ($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { outcome } } }`,
    {
      input: {
        individualId,
        screenedOn: day(-10),
        facilityId: hospital,
        facilityCounty: "Hamilton",
        reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
        currentSetting: "HOSPITAL_INPATIENT",
        ...noIndication,
      },
    },
  );
  await call(facilityToken, `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id late } } }`, {
    input: {
      individualId,
      facilityId: nursingFacility.id,
      kind: "ADMISSION",
      effectiveOn: day(-7),
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: hospital,
      payer: "MEDICAID",
    },
  });
  const assessed = await call(
    paa,
    `mutation ($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`,
    {
      input: { individualId, instrument: "ULTC_100_2", assessedOn: day(-1), county: "Hamilton", ultc100_2: meetsLevelOfCare },
    },
  );
  const determined = await call(
    paa,
    `mutation ($input: DetermineLevelOfCareInput!) { determineLevelOfCare(input: $input) { determination { decision effectiveFrom effectiveThrough pasrrRequirementsMetOn } } }`,
    {
      input: {
        individualId,
        assessmentId: assessed.submitLevelOfCareAssessment.assessment.id,
        facilityId: nursingFacility.id,
        county: "Hamilton",
        medicaidId: "DEMO-TEST-0001",
        levelOfCareType: "NF_INTERMEDIATE",
        decision: "APPROVED",
        effectiveFrom: day(0),
        effectiveThrough: day(179),
        reviewKind: "PROSPECTIVE",
      },
    },
  );
  const coverage = await call(
    payment,
    `query ($id: ID!, $from: Date!, $to: Date!, $provider: String) {
    individual(id: $id) { levelOfCareCoverage(from: $from, to: $to, providerNumber: $provider) { coveredSpans { from through levelOfCareType } uncoveredSpans { from through reason } } }
  }`,
    { id: individualId, from: day(-7), to: day(3), provider: nursingFacility.providerNumber },
  );

  // Every date as days from today, so the two runs compare.
  const offset = (date: CalendarDate | null) => (date === null ? null : daysBetween(today, date));
  const spans = <S extends Span>(list: S[]) => list.map((span) => ({ ...span, from: offset(span.from), through: offset(span.through) }));
  const { determination } = determined.determineLevelOfCare;
  return {
    registration: registered.registerIndividual.outcome,
    screen: screen.submitLevelOneScreen.levelOneScreen.outcome,
    determination: {
      ...determination,
      effectiveFrom: offset(determination.effectiveFrom),
      effectiveThrough: offset(determination.effectiveThrough),
      pasrrRequirementsMetOn: offset(determination.pasrrRequirementsMetOn),
    },
    covered: spans(coverage.individual.levelOfCareCoverage.coveredSpans),
    uncovered: spans(coverage.individual.levelOfCareCoverage.uncoveredSpans),
  };
}

describe("one story, two far-apart todays", () => {
  it("register, Level I, LOC determination and coverage end the same on 2026-03-02 and on 2029-10-15", async () => {
    const outcomes = [];
    for (const today of ["2026-03-02", "2029-10-15"]) {
      const hub = await startTestHub({ seedDemoData: true, today });
      try {
        outcomes.push(await story(hub));
      } finally {
        await hub.stop();
      }
    }
    const [early, late] = outcomes;
    expect(early).toMatchObject({
      registration: "CREATED",
      screen: "NO_INDICATIONS",
      determination: { decision: "APPROVED", effectiveFrom: 0, effectiveThrough: 179, pasrrRequirementsMetOn: -10 },
      covered: [{ from: 0, through: 3, levelOfCareType: "NF_INTERMEDIATE" }],
    });
    expect(early!.uncovered.map((span) => [span.from, span.through])).toEqual([[-7, -1]]);
    expect(late).toEqual(early);
  }, 180_000);
});
