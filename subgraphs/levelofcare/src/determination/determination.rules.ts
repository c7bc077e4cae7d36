import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";

/** Why a determination starts when it does (CT newsletters, "Reasons for screening" on the LOC). */
export type ReviewKind = "PROSPECTIVE" | "RETROSPECTIVE" | "TRANSFER" | "RENEWAL";

/**
 * Valid reasons a LOC was not submitted in time, the only grounds for a retrospective review
 * (CT newsletters: "All retrospective reviews require a valid reason LOC was not submitted
 * timely"; the two retrospective requests CT names).
 */
export const retrospectiveReasons = ["MEDICAID_PICKUP_DATE_IN_PAST", "LOC_NEVER_SUBMITTED_SINCE_ADMISSION"] as const;
export type RetrospectiveReason = (typeof retrospectiveReasons)[number];

/** The person's PASRR standing as the screenings subgraph reports it at write time. */
export interface PasrrStanding {
  /** The date the PASRR requirements were met; null when they are not met (yet). */
  requirementsMetOn: CalendarDate | null;
  /** A Level II evaluation was required and is not yet determined. */
  levelTwoPending: boolean;
  /** Screenings' compliance periods (today's answer): an adverse Level II forbids NF LOC on its days. */
  compliance: { from: CalendarDate; through: CalendarDate | null; reason: string; recordIds: string[] }[];
}

export interface DeterminationFacts {
  decision: "APPROVED" | "DENIED";
  /** NF types need PASRR; ICF/IID and hospital LOC do not (42 CFR 483.100–138 cover NFs). */
  nursingFacility: boolean;
  effectiveFrom: CalendarDate;
  effectiveThrough: CalendarDate | null;
  /** The day the determination is made. */
  determinedOn: CalendarDate;
  reviewKind: ReviewKind;
  retrospectiveReason: RetrospectiveReason | null;
  transferDate: CalendarDate | null;
  assessmentMeetsLevelOfCare: boolean;
  /** The Medicaid ID in force, as the PAA found it in the state's eligibility system; null if none. */
  medicaidId: string | null;
  /** For a person not yet eligible: the day the Medicaid application was filed. */
  medicaidApplicationFiledOn: CalendarDate | null;
  pasrr: PasrrStanding;
}

export interface RuleBreach {
  rule: string;
  field: string;
  problem: string;
}

/**
 * Every rule a determination breaks, in the order they are reported (the first is the error);
 * empty when it may be recorded. Three groups: the determination itself (dates, Medicaid, the
 * assessment), the PASRR standing it must respect, and the kind of review that dates it.
 */
export function determinationBreaches(facts: DeterminationFacts): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const breach: Breach = (rule, field, problem) => void breaches.push({ rule, field, problem });
  ownBreaches(facts, breach);
  pasrrBreaches(facts, breach);
  reviewKindBreaches(facts, breach);
  return breaches;
}

/** Records one breach: the rule, the input field it concerns, and why. */
type Breach = (rule: string, field: string, problem: string) => void;

/** The period is in order, the person is Medicaid eligible or has applied, and an approval rests on an assessment that meets LOC. */
function ownBreaches(facts: DeterminationFacts, breach: Breach): void {
  if (facts.effectiveThrough && facts.effectiveThrough < facts.effectiveFrom) {
    breach("PERIOD_ORDER", "effectiveThrough", "may not be before effectiveFrom");
  }
  // CO 8.401.02: "shall not make a Level of Care Eligibility Determination unless the recipient has been
  // determined to be Medicaid eligible or an application for Medicaid services has been filed"; OH COA guide
  // ("Medicaid managed care plans"): "make sure that the resident is active or pending Medicaid. We cannot
  // proceed with the request until the resident appears in the Ohio Benefits system."
  if (!facts.medicaidId && !facts.medicaidApplicationFiledOn) {
    breach(
      "MEDICAID_ELIGIBLE_OR_APPLIED",
      "medicaidId",
      "a level of care is determined only for a person who is Medicaid eligible or has applied: give the Medicaid ID in force, or medicaidApplicationFiledOn (CO 8.401.02; OH COA guide)",
    );
  } else if (facts.medicaidApplicationFiledOn && facts.medicaidApplicationFiledOn > facts.determinedOn) {
    breach("MEDICAID_ELIGIBLE_OR_APPLIED", "medicaidApplicationFiledOn", "may not be in the future: the application must already be filed (CO 8.401.02)");
  }
  if (facts.decision === "APPROVED" && !facts.assessmentMeetsLevelOfCare) {
    breach("ASSESSMENT_SUPPORTS_APPROVAL", "assessmentId", "the assessment does not meet nursing-facility level of care; an approval cannot rest on it");
  }
}

/** An NF approval may not precede the PASRR-met date, nor cover the days of an adverse Level II. */
function pasrrBreaches(facts: DeterminationFacts, breach: Breach): void {
  // OH COA guide, "Level of Care" (Ohio Administrative Code): "The LOC effective date cannot precede the date the PASRR requirements were met."
  // Judged on the compliance history when screenings has one: the standing in force on the effective date,
  // so a later review still waiting for its Level II does not block a LOC for a resident already met (issue 16).
  const periods = facts.pasrr.compliance;
  if (facts.decision === "APPROVED" && facts.nursingFacility && periods.length > 0) {
    const at = periods.find((p) => p.from <= facts.effectiveFrom && (p.through === null || facts.effectiveFrom <= p.through));
    const metLater = periods
      .filter((p) => p.reason === "PASRR_MET" && p.from > facts.effectiveFrom)
      .map((p) => p.from)
      .sort()[0];
    if (at?.reason.startsWith("ADVERSE_")) {
      // The ADVERSE_LEVEL_TWO rule below names it.
    } else if (at?.reason !== "PASRR_MET" && metLater) {
      breach("LOC_NOT_BEFORE_PASRR_MET", "effectiveFrom", `may not precede ${metLater}, the date the PASRR requirements were met (OH COA guide)`);
    } else if (at?.reason !== "PASRR_MET") {
      breach(
        "LOC_NOT_BEFORE_PASRR_MET",
        "effectiveFrom",
        `the PASRR requirements are not met (${at?.reason ?? "PASRR_MISSING"}), so no NF level of care can take effect`,
      );
    }
  } else if (facts.decision === "APPROVED" && facts.nursingFacility) {
    const metOn = facts.pasrr.requirementsMetOn;
    if (metOn === null) breach("LOC_NOT_BEFORE_PASRR_MET", "effectiveFrom", "the PASRR requirements are not met, so no NF level of care can take effect");
    else if (facts.effectiveFrom < metOn) {
      breach("LOC_NOT_BEFORE_PASRR_MET", "effectiveFrom", `may not precede ${metOn}, the date the PASRR requirements were met (OH COA guide)`);
    }
  }
  // CO 8.401.202 D: a PASRR determination "cannot be countermanded ... through the claims payment process or
  // through other utilization control/review processes"; .207 B.1: without NF need the person "cannot be admitted";
  // IL manual VII.D; MN bulletin 00-53-3 (Level II form). Holds until a later determination or an appeal changes it.
  if (facts.decision === "APPROVED" && facts.nursingFacility) {
    const adverse = facts.pasrr.compliance.find(
      (p) =>
        p.reason.startsWith("ADVERSE_") &&
        (p.through === null || facts.effectiveFrom <= p.through) &&
        (facts.effectiveThrough === null || p.from <= facts.effectiveThrough),
    );
    if (adverse) {
      breach(
        "ADVERSE_LEVEL_TWO",
        "decision",
        `an adverse Level II (${adverse.reason}, from ${adverse.from}; records ${adverse.recordIds.join(", ")}) forbids a nursing-facility level of care on those days (CO 8.401.202 D)`,
      );
    }
  }
}

/** A retrospective, transfer or prospective review starts when its kind allows. */
function reviewKindBreaches(facts: DeterminationFacts, breach: Breach): void {
  if (facts.reviewKind === "RETROSPECTIVE") {
    // CT newsletters: a retrospective review needs a valid reason and "can not be completed until after the Level II is finalized".
    if (!facts.retrospectiveReason)
      breach("RETROSPECTIVE_NEEDS_REASON", "retrospectiveReason", "a retrospective review needs a valid reason the LOC was not submitted in time");
    if (facts.pasrr.levelTwoPending)
      breach("RETROSPECTIVE_NEEDS_FINAL_LEVEL_II", "reviewKind", "a retrospective review cannot be completed until the Level II is finalised");
    if (facts.effectiveFrom >= facts.determinedOn) breach("RETROSPECTIVE_STARTS_IN_PAST", "effectiveFrom", "a retrospective review starts on a past date");
  } else if (facts.reviewKind === "TRANSFER") {
    // OH COA guide (transfers), as the levelofcare issue states it: up to 29 days before the transfer date.
    if (!facts.transferDate) breach("TRANSFER_NEEDS_DATE", "transferDate", "a transfer determination needs the transfer date");
    else if (facts.effectiveFrom < addDays(facts.transferDate, -29)) {
      breach(
        "TRANSFER_START_WINDOW",
        "effectiveFrom",
        `a transfer determination may start no earlier than ${addDays(facts.transferDate, -29)}, 29 days before the transfer`,
      );
    }
  } else if (facts.effectiveFrom < facts.determinedOn) {
    breach("PAST_START_IS_RETROSPECTIVE", "effectiveFrom", "a determination starting before today is a retrospective review: say so, with its reason");
  }
}
