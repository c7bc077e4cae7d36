import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { ApprovalPeriod, LevelTwoAuthority, RecordLevelTwoDeterminationInput } from "../../gql/graphql.ts";

/** What the determination form holds: text and switches, turned into the mutation's input on submit. */
export interface DeterminationValues {
  conditionConfirmed: boolean;
  /** MH referrals only: "yes" / "no" / "" (not answered; the hub asks for it). */
  seriousMentalIllnessPrimary: "" | "yes" | "no";
  needsNursingFacilityServices: boolean;
  needsSpecializedServices: boolean;
  inpatientPsychiatricCareNeeded: boolean;
  diagnosticAssessmentPending: boolean;
  /** One service per line. */
  recommendedServices: string;
  /** "" leaves it to the hub: ongoing, or until the final determination for a provisional admission. */
  approvalPeriod: "" | ApprovalPeriod;
  approvedThrough: string;
  evaluatorName: string;
  evaluatedOn: string;
  determinedOn: string;
  hasRepresentative: boolean;
  admittingFacilityId: string;
}

export const initialValues = (today: CalendarDate): DeterminationValues => ({
  conditionConfirmed: true,
  seriousMentalIllnessPrimary: "",
  needsNursingFacilityServices: true,
  needsSpecializedServices: false,
  inpatientPsychiatricCareNeeded: false,
  diagnosticAssessmentPending: false,
  recommendedServices: "",
  approvalPeriod: "",
  approvedThrough: "",
  evaluatorName: "",
  evaluatedOn: today,
  determinedOn: today,
  hasRepresentative: false,
  admittingFacilityId: "",
});

/**
 * The input of Mutation.recordLevelTwoDetermination, as schema/supergraph.graphql defines it.
 * Empty text is left out (the hub's defaults apply); the hub checks every rule and names the field
 * it refuses (BAD_USER_INPUT, `extensions.field`). `expectedVersion` is the version the worklist
 * read, so a referral changed since is refused as CONFLICT instead of overwritten.
 */
export function toDeterminationInput(
  referral: { id: string; version: number; authority: LevelTwoAuthority },
  values: DeterminationValues,
): RecordLevelTwoDeterminationInput {
  const services = values.recommendedServices
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return {
    referralId: referral.id,
    expectedVersion: referral.version,
    conditionConfirmed: values.conditionConfirmed,
    // The input's description: SMI-primary is given for MH referrals only, never for DD.
    ...(referral.authority === "MH" && values.seriousMentalIllnessPrimary !== ""
      ? { seriousMentalIllnessPrimary: values.seriousMentalIllnessPrimary === "yes" }
      : {}),
    needsNursingFacilityServices: values.needsNursingFacilityServices,
    needsSpecializedServices: values.needsSpecializedServices,
    inpatientPsychiatricCareNeeded: values.inpatientPsychiatricCareNeeded,
    diagnosticAssessmentPending: values.diagnosticAssessmentPending,
    recommendedServices: services,
    ...(values.approvalPeriod ? { approvalPeriod: values.approvalPeriod } : {}),
    ...(values.approvedThrough ? { approvedThrough: values.approvedThrough } : {}),
    evaluatorName: values.evaluatorName,
    evaluatedOn: values.evaluatedOn,
    determinedOn: values.determinedOn,
    hasRepresentative: values.hasRepresentative,
    ...(values.admittingFacilityId.trim() ? { admittingFacilityId: values.admittingFacilityId.trim() } : {}),
  };
}

/** The form field a BAD_USER_INPUT names (`input.evaluatedOn` → `evaluatedOn`). */
export const formFieldOf = (field: string | undefined): string | undefined => field?.replace(/^input\./, "").split(".")[0];
