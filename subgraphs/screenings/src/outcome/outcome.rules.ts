import { categoricalDueOn, categoricalRefusal, categoricalSlug, decidersOf, refusalText } from "../categorical/categorical.rules.ts";
import type { CategoricalType, PasrrPolicy } from "../policy/policy.model.ts";
import { lastDayOf } from "../policy/working-days.rules.ts";

const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";
const oh = "oh-coa-pre-admission-review.txt";

export type CurrentSetting = "HOSPITAL_INPATIENT" | "EMERGENCY_ROOM" | "OBSERVATION" | "PSYCHIATRIC_UNIT" | "COMMUNITY" | "NURSING_FACILITY" | "OUT_OF_STATE";
export type DementiaDiagnosis = "NONE" | "PRIMARY" | "SECONDARY";
/** CATEGORICAL_REQUESTED: a categorical asked for, pending its authority's decision (categorical.rules.ts); CATEGORICAL once granted. */
export type Outcome = "NO_INDICATIONS" | "EXEMPT_HOSPITAL_DISCHARGE" | "CATEGORICAL_REQUESTED" | "CATEGORICAL" | "LEVEL_II_REQUIRED";
export type LevelTwoCategory = "MI" | "DD" | "DUAL";

/** What a Level I screen found, as plain data (CO 8.401.191 A and B). */
export interface LevelOneFacts {
  screenedOn: string;
  currentSetting: CurrentSetting;
  mentalIllness: { diagnosis: boolean; intensiveTreatmentWithinTwoYears: boolean; psychotropicWithoutDiagnosis: boolean; presentingEvidence: boolean };
  developmentalDisability: {
    diagnosis: boolean;
    history: boolean;
    presentingEvidence: boolean;
    referredByDdAgency: boolean;
    relatedConditionOnsetBefore22: boolean;
  };
  dementia: DementiaDiagnosis;
  dangerToSelfOrOthers: boolean;
  /** The filer is a hospital acting for the screen's facility, i.e. the discharging hospital (OH form 7000/HENS). */
  filedByHospital: boolean;
  /** An exemption or categorical determination the submitter asks for, with its supporting facts. */
  request: {
    kind: "HOSPITAL_EXEMPTION" | CategoricalType;
    physicianCertifiedStayUnder30Days: boolean;
    /** The person normally resides, and the discharging hospital is, outside the hub's state. */
    residesOutOfState?: boolean;
    hospitalOutOfState?: boolean;
  } | null;
}

export interface LevelOneOutcome {
  outcome: Outcome;
  levelTwoCategory: LevelTwoCategory | null;
  categoricalType: CategoricalType | null;
  /** The last day the outcome allows a stay; null when it is not time-limited. */
  validThrough: string | null;
  /** For CATEGORICAL_REQUESTED: the day the authority's decision is due. */
  categoricalDueOn: string | null;
  /** Which rule decided, and where it is written. */
  rule: string;
  source: string;
  explanation: string;
}

/** CO 8.401.191 A: any one finding indicates possible mental illness. */
export const indicatesMentalIllness = (facts: LevelOneFacts) => Object.values(facts.mentalIllness).some(Boolean);
/** CO 8.401.191 B: any one finding indicates possible ID/DD or a related condition (onset before 22). */
export const indicatesDevelopmentalDisability = (facts: LevelOneFacts) => Object.values(facts.developmentalDisability).some(Boolean);

export function levelTwoCategoryOf(facts: LevelOneFacts): LevelTwoCategory | null {
  const mi = indicatesMentalIllness(facts);
  const dd = indicatesDevelopmentalDisability(facts);
  return mi && dd ? "DUAL" : mi ? "MI" : dd ? "DD" : null;
}

/**
 * Exempted hospital discharge: only from an inpatient stay (not ER, observation or a psychiatric
 * unit), with a physician's certification of a stay under 30 days (OH guide, Hospital Exemption).
 * Where the state's pack says so (OH): only the discharging hospital files it ("Only the discharging
 * hospital can complete the 7000 or HENS"), and not for an out-of-state resident coming from an
 * out-of-state hospital (Hospital Exemption FAQ, on/after 2/01/2010); an Ohio resident in an
 * out-of-state hospital, or an out-of-state resident in an Ohio hospital, may still be exempted.
 */
export function hospitalExemptionRefusal(
  facts: LevelOneFacts,
  policy: Pick<PasrrPolicy, "hospitalExemptionByDischargingHospitalOnly" | "hospitalExemptionRefusesOutOfStateResidentsOfOutOfStateHospitals">,
): string | null {
  if (facts.currentSetting !== "HOSPITAL_INPATIENT") return `a hospital exemption needs an inpatient stay; the person is in ${facts.currentSetting}`;
  if (!facts.request?.physicianCertifiedStayUnder30Days) return "a hospital exemption needs a physician's certification of a stay under 30 days";
  if (policy.hospitalExemptionByDischargingHospitalOnly.value && !facts.filedByHospital) return "only the discharging hospital may file a hospital exemption";
  if (policy.hospitalExemptionRefusesOutOfStateResidentsOfOutOfStateHospitals.value && facts.request.residesOutOfState && facts.request.hospitalOutOfState) {
    return "a person who normally resides out of state, coming from an out-of-state hospital, may not be a hospital exemption; a pre-admission screen is needed";
  }
  return null;
}

/** The outcome of a Level I screen under `policy`: the first rule that applies decides. */
// eslint-disable-next-line max-lines-per-function -- one decision table, read top to bottom in the order the sources give it.
export function decideOutcome(facts: LevelOneFacts, policy: PasrrPolicy): LevelOneOutcome {
  const category = levelTwoCategoryOf(facts);
  const notes: string[] = [];
  const request = facts.request;
  if (request?.kind === "HOSPITAL_EXEMPTION") {
    const refusal = hospitalExemptionRefusal(facts, policy);
    if (!refusal) {
      const days = policy.hospitalExemptionDays;
      return {
        outcome: "EXEMPT_HOSPITAL_DISCHARGE",
        levelTwoCategory: null,
        categoricalType: null,
        validThrough: lastDayOf(facts.screenedOn, days.value),
        categoricalDueOn: null,
        rule: "exempted-hospital-discharge",
        source: days.source,
        explanation: `Exempted hospital discharge: inpatient stay with physician certification; valid for ${days.value} days, a Resident Review is due on the last day.`,
      };
    }
    notes.push(`Hospital exemption not applied: ${refusal}.`);
  }
  if (!category) {
    if (request && request.kind !== "HOSPITAL_EXEMPTION") notes.push("A categorical determination applies only to people with indications.");
    return {
      outcome: "NO_INDICATIONS",
      levelTwoCategory: null,
      categoricalType: null,
      validThrough: null,
      categoricalDueOn: null,
      rule: "no-indications",
      source: `${co}, 8.401.191: no finding of possible mental illness or ID/DD`,
      explanation: ["No indications of serious mental illness or ID/DD; admission may proceed.", ...notes].join(" "),
    };
  }
  // The filer only asks: a categorical the state has, for a person who meets its conditions, goes to
  // the authority the pack names, who grants or denies it (decideCategorical); until then PASRR is not met.
  if (request && request.kind !== "HOSPITAL_EXEMPTION") {
    const refusal = categoricalRefusal({ ...facts, physicianCertifiedStayUnder30Days: request.physicianCertifiedStayUnder30Days }, request.kind, policy);
    if (!refusal) {
      const deciders = decidersOf(policy, category);
      const dueOn = categoricalDueOn(facts.screenedOn, policy);
      return {
        outcome: "CATEGORICAL_REQUESTED",
        levelTwoCategory: category,
        categoricalType: request.kind,
        validThrough: null,
        categoricalDueOn: dueOn,
        rule: `categorical-${categoricalSlug(request.kind)}-requested`,
        source: `${co}, 8.401.192 B; ${deciders.source}`,
        explanation: `Categorical determination (${request.kind}) asked for a person with ${category} indications: pending the decision of the ${deciders.roles.join(" and the ")}, due ${dueOn}. PASRR is not met until it is granted; a denial opens the Level II referral.`,
      };
    }
    notes.push(`Categorical determination not applied: ${refusalText(refusal)}.`);
  }
  return {
    outcome: "LEVEL_II_REQUIRED",
    levelTwoCategory: category,
    categoricalType: null,
    validThrough: null,
    categoricalDueOn: null,
    rule: `level-ii-${category.toLowerCase()}`,
    source: `${co}, 8.401.192: indications require a Level II evaluation; ${oh}: Further Review by OMHAS and/or DODD`,
    explanation: [
      `Indications of ${category === "DUAL" ? "both SMI and ID/DD" : category === "MI" ? "SMI" : "ID/DD"}: Level II evaluation required.`,
      ...notes,
    ].join(" "),
  };
}
