import type { Role } from "@pasrr/platform";
import type { CurrentSetting, DementiaDiagnosis, LevelTwoCategory } from "../generated/prisma/enums.ts";
import type { CategoricalDecider, CategoricalType, PasrrPolicy } from "../policy/policy.types.ts";
import { dueAfter, lastDayOf } from "../policy/working-days.ts";

/**
 * Categorical determinations decided by an authority (issue 17). The Level I filer only asks; the
 * authority the state's pack names decides (CO 8.401.192: "determined by the Utilization Review
 * Contractor"; MN bulletin 00-53-3: "if the LMHA determines"; OH guide: "approved through OMHAS
 * and/or DODD"). Until it grants, PASRR is not met: a categorical is an abbreviated Level II
 * determination (MN bulletin, Level II instructions #3).
 */

const co = "co-10-ccr-2505-10-8.401-level-of-care.txt";

export type CategoricalStatus = "REQUESTED" | "GRANTED" | "DENIED";
export type CategoricalDecision = "GRANTED" | "DENIED";

/** A refusal names its row in docs/rules.md, what is wrong and where the rule is written. */
export interface Refusal {
  rule: string;
  reason: string;
  source: string;
}
export const refusalText = (refusal: Refusal) => `${refusal.rule}: ${refusal.reason} (${refusal.source})`;

/** The Level I facts a categorical's conditions read. */
export interface CategoricalFacts {
  currentSetting: CurrentSetting;
  dementia: DementiaDiagnosis;
  dangerToSelfOrOthers: boolean;
  physicianCertifiedStayUnder30Days: boolean;
}

const rowPrefix = (policy: PasrrPolicy) => (policy.state === "FEDERAL" ? "FED" : policy.state);
/** The rows that hold each setting condition (only these types have one in any pack). */
const settingRules: Partial<Record<CategoricalType, string>> = { CONVALESCENT: "FED-CAT-CONVALESCENT-CONDITIONS", EMERGENCY: "MN-CAT-EMERGENCY-NOT-PSYCH" };

/**
 * Why a requested categorical is not put before the authority (the screen goes to a Level II
 * instead), or null: the state lacks it, the person may be a danger (CO 8.401.195), the person
 * does not come from a setting it allows, the physician's certification it needs is missing, or
 * (primary dementia) the diagnosis is not primary (CO 8.401.192 B.1).
 */
export function categoricalRefusal(facts: CategoricalFacts, type: CategoricalType, policy: PasrrPolicy): Refusal | null {
  const condition = policy.categoricals.types[type];
  if (!condition.offered.value) return { rule: `${rowPrefix(policy)}-CATEGORICAL-LIST`, reason: `the ${policy.state} pack has no ${type} categorical`, source: condition.offered.source };
  if (facts.dangerToSelfOrOthers) return { rule: "CO-CATEGORICAL-NO-DANGER", reason: "the person may be a danger to self or others", source: `${co}, 8.401.195` };
  const from = condition.from.value;
  if (from && !from.includes(facts.currentSetting)) {
    return { rule: settingRules[type] ?? `${rowPrefix(policy)}-CATEGORICAL-LIST`, reason: `a ${type} categorical may not come from ${facts.currentSetting}`, source: condition.from.source };
  }
  if (condition.physicianCertification.value && !facts.physicianCertifiedStayUnder30Days) {
    return { rule: `${rowPrefix(policy)}-CAT-${type}`, reason: `a ${type} categorical needs the physician's written certification of a stay under 30 days`, source: condition.physicianCertification.source };
  }
  if (type === "PRIMARY_DEMENTIA" && facts.dementia !== "PRIMARY") {
    return { rule: "FED-CAT-PRIMARY-DEMENTIA", reason: "a primary dementia categorical needs a primary dementia diagnosis", source: `${co}, 8.401.192 B.1` };
  }
  return null;
}

/** The roles whose grant a categorical needs, by the indications found (every one of them must grant). */
export function decidersOf(policy: PasrrPolicy, category: LevelTwoCategory): { roles: CategoricalDecider[]; rule: string; source: string } {
  const { rule, [category]: cited } = policy.categoricals.decidedBy;
  return { roles: cited.value, rule, source: cited.source };
}

/** The indications whose categoricals this role decides under the pack (its worklist). */
export const categoriesDecidedBy = (role: Role, policy: PasrrPolicy): LevelTwoCategory[] =>
  (["MI", "DD", "DUAL"] as const).filter((category) => (decidersOf(policy, category).roles as readonly string[]).includes(role));

/** The day the authority's decision is due, counted from the request (the screen's date). */
export const categoricalDueOn = (requestedOn: string, policy: PasrrPolicy): string =>
  dueAfter(requestedOn, policy.categoricals.decisionDue.value, policy.holidays.value);

/** Why this role may not decide this categorical (a FORBIDDEN naming the rule), or null. The role is the token's, checked against the pack. */
export function deciderRefusal(role: Role, category: LevelTwoCategory, policy: PasrrPolicy): Refusal | null {
  const deciders = decidersOf(policy, category);
  if ((deciders.roles as readonly string[]).includes(role)) return null;
  return { rule: deciders.rule, reason: `in ${policy.state} the ${deciders.roles.join(" and the ")} decides a categorical for ${category} indications, not the ${role}`, source: deciders.source };
}

/**
 * Why the decision is an invalid transition (a CONFLICT naming the rule), or null. A request is
 * decided once: granted it stands until it ends; denied, the Level II referral it opened decides.
 * With two deciders, each decides once.
 */
export function decisionConflict(status: CategoricalStatus | null, role: Role, decidedBy: readonly string[]): Refusal | null {
  const rule = "FED-CAT-DECIDED-ONCE";
  const source = "mn-bulletin-00-53-3-level-ii-mental-illness.txt, Level II form section B: check one only";
  if (status === null) return { rule, reason: "this screen asks for no categorical determination", source };
  if (status !== "REQUESTED") return { rule, reason: `this categorical was already ${status.toLowerCase()}`, source };
  if (decidedBy.includes(role)) return { rule, reason: `the ${role} has already decided this categorical; the other authority's decision is awaited`, source };
  return null;
}

export interface DecisionFact {
  role: string;
  decision: CategoricalDecision;
  decidedOn: string;
}

/**
 * Where a request stands after its decisions: denied by any decider, granted once every decider
 * has granted (on the day the last one did: OH guide, PAS effective date with two authorities),
 * otherwise still requested.
 */
export function settlement(decisions: readonly DecisionFact[], deciders: readonly string[]): { status: CategoricalStatus; decidedOn: string | null } {
  const denial = decisions.find((d) => d.decision === "DENIED");
  if (denial) return { status: "DENIED", decidedOn: denial.decidedOn };
  const granted = deciders.map((role) => decisions.find((d) => d.role === role && d.decision === "GRANTED"));
  if (granted.some((d) => d === undefined)) return { status: "REQUESTED", decidedOn: null };
  return { status: "GRANTED", decidedOn: granted.map((d) => d!.decidedOn).sort().at(-1)! };
}

/** The last day a granted categorical allows: its length runs from the decision (day 1); null when not time-limited. */
export function grantedThrough(type: CategoricalType, decidedOn: string, policy: PasrrPolicy): string | null {
  const days = policy.categoricalDays[type].value;
  return days === null ? null : lastDayOf(decidedOn, days);
}

export const categoricalSlug = (type: CategoricalType) => type.toLowerCase().replaceAll("_", "-");

export interface SettledOutcome {
  outcome: "CATEGORICAL" | "LEVEL_II_REQUIRED";
  validThrough: string | null;
  rule: string;
  source: string;
  explanation: string;
}

/**
 * The screen's outcome once its request is settled. Granted: a CATEGORICAL whose time limit runs
 * from the decision, and what its end starts (the pack's follow-up). Denied: a Level II is needed,
 * referred on the day of the denial.
 */
export function settledOutcome(status: "GRANTED" | "DENIED", type: CategoricalType, category: LevelTwoCategory, decidedOn: string, policy: PasrrPolicy): SettledOutcome {
  const deciders = decidersOf(policy, category);
  const by = `the ${deciders.roles.join(" and the ")}`;
  if (status === "DENIED") {
    return {
      outcome: "LEVEL_II_REQUIRED", validThrough: null, rule: `categorical-${categoricalSlug(type)}-denied`, source: deciders.source,
      explanation: `Categorical determination (${type}) denied on ${decidedOn} (decided by ${by}): a Level II evaluation is required for the ${category} indications, referred that day.`,
    };
  }
  const days = policy.categoricalDays[type];
  const followUp = policy.categoricals.types[type].followUp;
  const validThrough = grantedThrough(type, decidedOn, policy);
  const limit = validThrough
    ? `, valid for ${days.value} days from the decision, through ${validThrough}; at its end ${followUp.value === "LEVEL_II_REFERRAL" ? "a Level II referral" : "a Resident Review"} is due (${followUp.source})`
    : type === "DELIRIUM" ? ", provisional until the delirium clears" : ", not time-limited";
  return {
    outcome: "CATEGORICAL", validThrough, rule: `categorical-${categoricalSlug(type)}`, source: `${deciders.source}; ${days.source}`,
    explanation: `Categorical determination (${type}) granted on ${decidedOn} by ${by} for a person with ${category} indications${limit}.`,
  };
}

/** Why the decision's facts do not hold (a BAD_USER_INPUT naming the field), or null. */
export function decisionInputProblem(decidedOn: string, screenedOn: string): { field: string; message: string } | null {
  return decidedOn < screenedOn ? { field: "input.decidedOn", message: "may not precede the screen that asked for the categorical" } : null;
}
