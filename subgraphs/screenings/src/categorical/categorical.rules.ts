import type { Role } from "@pasrr/auth/roles";
import type { CurrentSetting, DementiaDiagnosis, LevelTwoCategory } from "../generated/prisma/enums.ts";
import type { CategoricalDecider, CategoricalType, PasrrPolicy } from "../policy/policy.model.ts";
import { dueAfter, holidaysOf } from "../policy/working-days.rules.ts";

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
  if (!condition.offered.value)
    return { rule: `${rowPrefix(policy)}-CATEGORICAL-LIST`, reason: `the ${policy.state} pack has no ${type} categorical`, source: condition.offered.source };
  if (facts.dangerToSelfOrOthers)
    return { rule: "CO-CATEGORICAL-NO-DANGER", reason: "the person may be a danger to self or others", source: `${co}, 8.401.195` };
  const from = condition.from.value;
  if (from && !from.includes(facts.currentSetting)) {
    return {
      rule: settingRules[type] ?? `${rowPrefix(policy)}-CATEGORICAL-LIST`,
      reason: `a ${type} categorical may not come from ${facts.currentSetting}`,
      source: condition.from.source,
    };
  }
  if (condition.physicianCertification.value && !facts.physicianCertifiedStayUnder30Days) {
    return {
      rule: `${rowPrefix(policy)}-CAT-${type}`,
      reason: `a ${type} categorical needs the physician's written certification of a stay under 30 days`,
      source: condition.physicianCertification.source,
    };
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

/**
 * The decider this role waits for before it may decide, or null: where the state sequences a dual
 * case DD first (IL IV.D.3, "The PAS/DD assessment must always be completed before mental health
 * PAS screens"; the pack's `dualReviewSequence`), the MH authority decides a dual categorical once
 * the DD authority has, as its Level II referral waits for the DD determination.
 */
export function awaitedDecider(role: Role, category: LevelTwoCategory, policy: PasrrPolicy): CategoricalDecider | null {
  if (category !== "DUAL" || role !== "MH_AUTHORITY" || policy.dualReviewSequence.value !== "DD_FIRST") return null;
  return decidersOf(policy, category).roles.includes("DD_AUTHORITY") ? "DD_AUTHORITY" : null;
}

/** The indications whose categoricals this role decides under the pack (its worklist). */
export const categoriesDecidedBy = (role: Role, policy: PasrrPolicy): LevelTwoCategory[] =>
  (["MI", "DD", "DUAL"] as const).filter((category) => (decidersOf(policy, category).roles as readonly string[]).includes(role));

export const categoricalSlug = (type: CategoricalType) => type.toLowerCase().replaceAll("_", "-");

/** The day the authority's decision is due, counted from the request (the screen's date). */
export const categoricalDueOn = (requestedOn: string, policy: PasrrPolicy): string =>
  dueAfter(requestedOn, policy.categoricals.decisionDue.value, holidaysOf(policy));

/** Why this role may not decide this categorical (a FORBIDDEN naming the rule), or null. The role is the token's, checked against the pack. */
export function deciderRefusal(role: Role, category: LevelTwoCategory, policy: PasrrPolicy): Refusal | null {
  const deciders = decidersOf(policy, category);
  if ((deciders.roles as readonly string[]).includes(role)) return null;
  return {
    rule: deciders.rule,
    reason: `in ${policy.state} the ${deciders.roles.join(" and the ")} decides a categorical for ${category} indications, not the ${role}`,
    source: deciders.source,
  };
}
