import { addDays } from "@pasrr/calendar/calendar-date";
import type { Cited, PasrrPolicy, SpecializedServicesProvider } from "../policy/policy.model.ts";
import { dueAfter, holidaysOf } from "../policy/working-days.rules.ts";

const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";
const il = "il-pas-mh-contractor-manual.txt";
const mn = "mn-bulletin-00-53-3-level-ii-mental-illness.txt";

/** What a Level II determination allows (domain README, step 3; MN Level II form, section B; IL VII.C–D; CO 8.401.207). */
export type LevelTwoOutcome = "ADMISSION_ALLOWED" | "ALLOWED_TIME_LIMITED" | "PROVISIONAL" | "DENIED";
export type ApprovalPeriod = "ONGOING" | "TIME_LIMITED";

/** The facts the authority records; the outcome is derived from them and the pack, never typed in. */
export interface LevelTwoFacts {
  authority: "MH" | "DD";
  determinedOn: string;
  needsNursingFacilityServices: boolean;
  needsSpecializedServices: boolean;
  /** CO 8.401.207 D; MN diagnostic summary 2.A: the specialized services needed are inpatient psychiatric care. */
  inpatientPsychiatricCareNeeded: boolean;
  /** MN form B.4: the diagnostic assessment is not yet done and the person would be unsafe in the community meanwhile. */
  diagnosticAssessmentPending: boolean;
  /** As the authority gave it; null to let the rule decide. */
  approvalPeriod: ApprovalPeriod | null;
  approvedThrough: string | null;
  /** This referral follows a provisional determination: this is its final determination. */
  followsProvisional: boolean;
}

export interface DerivedOutcome {
  outcome: LevelTwoOutcome;
  approvalPeriod: ApprovalPeriod;
  approvedThrough: string | null;
  specializedServicesProvider: Cited<SpecializedServicesProvider> | null;
  source: string;
  explanation: string;
}
/** A rule the facts break: the rule's id in docs/rules.md, the input field, and why. */
export interface OutcomeRefusal {
  rule: string;
  field: string;
  problem: string;
}

/**
 * Who provides or arranges the specialized services found needed: inpatient psychiatric care is a
 * psychiatric hospital's (CO 8.401.207 D: not admitted to the NF until treated); otherwise the
 * pack's provider for the authority (MN: the LMHA; IL: specialized services are inpatient care;
 * CO and the baseline: the state MH or DD authority, 8.401.207 A.3.b).
 */
export function specializedServicesProviderFor(
  facts: Pick<LevelTwoFacts, "authority" | "needsSpecializedServices" | "inpatientPsychiatricCareNeeded">,
  policy: PasrrPolicy,
): Cited<SpecializedServicesProvider> | null {
  if (!facts.needsSpecializedServices) return null;
  if (facts.inpatientPsychiatricCareNeeded) {
    return {
      value: "PSYCHIATRIC_HOSPITAL",
      source: `${co}, 8.401.207 D: in need of in-patient psychiatric hospitalization, not admitted to the NF until treated`,
    };
  }
  return policy.specializedServicesProvider[facts.authority];
}

/** Why the facts cannot stand together, by the rule they break; null when they can. */
function refusalOf(facts: LevelTwoFacts, provider: Cited<SpecializedServicesProvider> | null, policy: PasrrPolicy): OutcomeRefusal | null {
  const inpatient = "CO-L2-INPATIENT-PSYCH";
  if (facts.inpatientPsychiatricCareNeeded && facts.authority !== "MH")
    return { rule: inpatient, field: "inpatientPsychiatricCareNeeded", problem: "applies only to mental-health referrals" };
  if (facts.inpatientPsychiatricCareNeeded && !facts.needsSpecializedServices) {
    return { rule: inpatient, field: "needsSpecializedServices", problem: "must be true: inpatient psychiatric care is the specialized service found needed" };
  }
  if (provider?.value === "PSYCHIATRIC_HOSPITAL" && facts.needsNursingFacilityServices) {
    return {
      rule: facts.inpatientPsychiatricCareNeeded ? inpatient : "IL-L2-SPECIALIZED-IS-INPATIENT",
      field: "needsNursingFacilityServices",
      problem: `must be false: a person who needs inpatient psychiatric care is referred to a psychiatric hospital and not admitted to a nursing facility until treated (${provider.source})`,
    };
  }
  if (facts.diagnosticAssessmentPending) {
    const provisional = "MN-PROVISIONAL-ADMISSION";
    if (!policy.provisionalFinalDue.value)
      return {
        rule: provisional,
        field: "diagnosticAssessmentPending",
        problem: `the ${policy.state} policy has no provisional Level II admission (${policy.provisionalFinalDue.source})`,
      };
    if (facts.followsProvisional)
      return {
        rule: provisional,
        field: "diagnosticAssessmentPending",
        problem: "this is the final determination after a provisional one: it may not be provisional again",
      };
    if (!facts.needsNursingFacilityServices)
      return {
        rule: provisional,
        field: "needsNursingFacilityServices",
        problem: "must be true: a provisional admission is for a person who requires NF care (MN form B.4)",
      };
    if (facts.needsSpecializedServices)
      return {
        rule: provisional,
        field: "needsSpecializedServices",
        problem: "must be false: a provisional admission is for a person who does not require specialized services (MN form B.4)",
      };
    if (facts.approvalPeriod === "ONGOING")
      return { rule: provisional, field: "approvalPeriod", problem: "a provisional admission lasts until the final determination: leave it out" };
    if (facts.approvedThrough)
      return {
        rule: provisional,
        field: "approvedThrough",
        problem: "is set by the policy: the provisional admission runs until the final determination is due",
      };
  }
  if (!facts.needsNursingFacilityServices && (facts.approvalPeriod === "TIME_LIMITED" || facts.approvedThrough)) {
    return { rule: "FED-L2-NF-NOT-NEEDED", field: "approvalPeriod", problem: "a determination that NF services are not needed approves no period" };
  }
  if ((facts.approvalPeriod === "TIME_LIMITED" || facts.approvedThrough) && !facts.approvedThrough && policy.levelTwoTimeLimitedDays.value === null) {
    return { rule: "IL-L2-TIME-LIMITED", field: "approvedThrough", problem: "is required for a time-limited approval" };
  }
  return null;
}

/**
 * The outcome of a Level II determination, derived from its facts under the pack:
 * - DENIED: NF services not needed (CO 8.401.207 B.1; IL VII.D.4; MN form B.5);
 * - PROVISIONAL: MN form B.4, admitted while the diagnostic assessment is done; the final
 *   determination is due within the pack's time (7–9 working days), and the approval ends then;
 * - ALLOWED_TIME_LIMITED: IL VII.C "Time Limited" eligibility, through `approvedThrough` (the
 *   authority's day, or the pack's length: about six months in IL);
 * - ADMISSION_ALLOWED: NF services needed, with or without specialized services (CO 8.401.207 A.3;
 *   MN form B.2, B.6; IL VII.D.3 "Indefinite Stay").
 */
export function levelTwoOutcome(facts: LevelTwoFacts, policy: PasrrPolicy): DerivedOutcome | { refusal: OutcomeRefusal } {
  const provider = specializedServicesProviderFor(facts, policy);
  const refusal = refusalOf(facts, provider, policy);
  if (refusal) return { refusal };
  const base = { specializedServicesProvider: provider };
  if (!facts.needsNursingFacilityServices) {
    return {
      ...base,
      outcome: "DENIED",
      approvalPeriod: "ONGOING",
      approvedThrough: null,
      source: `${co}, 8.401.207 B.1; ${il}, VII.D.4; ${mn}, Level II form B.5`,
      explanation: "Does not need the level of services a nursing facility provides: admission is denied and other services are referred.",
    };
  }
  const due = policy.provisionalFinalDue.value;
  if (facts.diagnosticAssessmentPending && due) {
    const through = dueAfter(facts.determinedOn, due, holidaysOf(policy));
    return {
      ...base,
      outcome: "PROVISIONAL",
      approvalPeriod: "TIME_LIMITED",
      approvedThrough: through,
      source: policy.provisionalFinalDue.source,
      explanation: `Provisional admission: the diagnostic assessment and the final determination are due by ${through}.`,
    };
  }
  if (facts.approvalPeriod === "TIME_LIMITED" || facts.approvedThrough) {
    const days = policy.levelTwoTimeLimitedDays;
    const through = facts.approvedThrough ?? addDays(facts.determinedOn, days.value!);
    const source = facts.approvedThrough ? `${il}, VII.C: eligibility for NF care is indefinite or time-limited` : days.source;
    return {
      ...base,
      outcome: "ALLOWED_TIME_LIMITED",
      approvalPeriod: "TIME_LIMITED",
      approvedThrough: through,
      source,
      explanation: `Admission allowed through ${through}; a Resident Review is due then.`,
    };
  }
  return {
    ...base,
    outcome: "ADMISSION_ALLOWED",
    approvalPeriod: "ONGOING",
    approvedThrough: null,
    source: `${co}, 8.401.207 A.3; ${il}, VII.C–D.3; ${mn}, Level II form B.2 and B.6`,
    explanation: "Needs the level of services a nursing facility provides: admission allowed, with no end date.",
  };
}
