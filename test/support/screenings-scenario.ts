/** Shared operations and input builders for the screenings scenario tests. */

export const submitScreen = /* GraphQL */ `
  mutation Submit($input: SubmitLevelOneScreenInput!) {
    submitLevelOneScreen(input: $input) {
      levelOneScreen {
        id outcome levelTwoCategory categoricalType validThrough
        explanation { rule source explanation policyState }
        referrals { id authority status referredOn dueOn }
      }
    }
  }
`;

export const recordDetermination = /* GraphQL */ `
  mutation Determine($input: RecordLevelTwoDeterminationInput!) {
    recordLevelTwoDetermination(input: $input) {
      levelTwoDetermination {
        id determinedOn conditionConfirmed outcome approvedThrough
        referral { id status }
        followUpReferral { id status dueOn followsDeterminationId }
        notices { recipient recipientFacilityId issuedOn appealDeadline }
      }
    }
  }
`;

export const referralWorklist = /* GraphQL */ `
  query Worklist($filter: LevelTwoReferralFilter, $first: Int, $after: String) {
    levelTwoReferrals(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id authority status dueOn individual { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const pasrrOf = /* GraphQL */ `
  query Pasrr($id: ID!) {
    individual(id: $id) {
      id
      pasrr { requirementsMetOn nursingFacilityAdmissionAllowed validThrough currentOutcome pendingReferralIds nextAction { action dueOn } }
    }
  }
`;

const noMentalIllness = { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false };
const noDevelopmentalDisability = {
  diagnosis: false,
  history: false,
  presentingEvidence: false,
  referredByDdAgency: false,
  relatedConditionOnsetBefore22: false,
};

export interface ScreenOptions {
  individualId: string;
  facilityId: string;
  screenedOn?: string;
  mi?: boolean;
  dd?: boolean;
  [extra: string]: unknown;
}

/** A hospital's Level I for a person; `mi` / `dd` switch on one indication each. */
export function screenInput({ individualId, facilityId, screenedOn = "2026-11-02", mi = false, dd = false, ...extra }: ScreenOptions) {
  return {
    individualId,
    screenedOn,
    facilityId,
    facilityCounty: "Hamilton",
    reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
    currentSetting: "HOSPITAL_INPATIENT",
    mentalIllness: { ...noMentalIllness, diagnosis: mi },
    developmentalDisability: { ...noDevelopmentalDisability, history: dd },
    ...extra,
  };
}

export function determinationInput(referralId: string, determinedOn: string, extra: Record<string, unknown> = {}) {
  return {
    referralId,
    conditionConfirmed: true,
    needsNursingFacilityServices: true,
    needsSpecializedServices: false,
    recommendedServices: ["Outpatient psychiatry monthly"],
    approvalPeriod: "ONGOING",
    evaluatorName: "Dr. Test Evaluator, MD",
    evaluatedOn: determinedOn,
    determinedOn,
    ...extra,
  };
}
