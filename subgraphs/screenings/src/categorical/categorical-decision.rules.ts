import type { Role } from "@pasrr/auth/roles";
import type { LevelTwoCategory } from "../generated/prisma/enums.ts";
import type { CategoricalType, PasrrPolicy } from "../policy/policy.model.ts";
import { lastDayOf } from "../policy/working-days.rules.ts";
import { awaitedDecider, categoricalSlug, decidersOf, type CategoricalDecision, type CategoricalStatus, type Refusal } from "./categorical.rules.ts";

/**
 * Deciding a requested categorical (issue 17): a request is decided once by each authority the
 * pack names; it is settled when one denies or all have granted; a grant's time limit runs from
 * the decision, a denial leaves the Level II to be done.
 */

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

/**
 * Why this decider must wait (a CONFLICT naming the rule), or null: in a dual case a state that
 * sequences the review DD first has the DD authority decide the categorical before the MH
 * authority (IL IV.D.3); once the DD authority has decided, the MH authority may.
 */
export function sequenceConflict(role: Role, category: LevelTwoCategory, decidedBy: readonly string[], policy: PasrrPolicy): Refusal | null {
  const awaited = awaitedDecider(role, category, policy);
  if (awaited === null || decidedBy.includes(awaited)) return null;
  return {
    rule: "IL-CATEGORICAL-DUAL-ORDER",
    reason: `in a dual case the ${awaited} decides first; the ${role} decides once it has`,
    source: policy.dualReviewSequence.source,
  };
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
  return {
    status: "GRANTED",
    decidedOn: granted
      .map((d) => d!.decidedOn)
      .sort()
      .at(-1)!,
  };
}

/** The last day a granted categorical allows: its length runs from the decision (day 1); null when not time-limited. */
export function grantedThrough(type: CategoricalType, decidedOn: string, policy: PasrrPolicy): string | null {
  const days = policy.categoricalDays[type].value;
  return days === null ? null : lastDayOf(decidedOn, days);
}

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
export function settledOutcome(
  status: "GRANTED" | "DENIED",
  type: CategoricalType,
  category: LevelTwoCategory,
  decidedOn: string,
  policy: PasrrPolicy,
): SettledOutcome {
  const deciders = decidersOf(policy, category);
  const by = `the ${deciders.roles.join(" and the ")}`;
  if (status === "DENIED") {
    return {
      outcome: "LEVEL_II_REQUIRED",
      validThrough: null,
      rule: `categorical-${categoricalSlug(type)}-denied`,
      source: deciders.source,
      explanation: `Categorical determination (${type}) denied on ${decidedOn} (decided by ${by}): a Level II evaluation is required for the ${category} indications, referred that day.`,
    };
  }
  const days = policy.categoricalDays[type];
  const followUp = policy.categoricals.types[type].followUp;
  const validThrough = grantedThrough(type, decidedOn, policy);
  const limit = validThrough
    ? `, valid for ${days.value} days from the decision, through ${validThrough}; at its end ${followUp.value === "LEVEL_II_REFERRAL" ? "a Level II referral" : "a Resident Review"} is due (${followUp.source})`
    : type === "DELIRIUM"
      ? ", provisional until the delirium clears"
      : ", not time-limited";
  return {
    outcome: "CATEGORICAL",
    validThrough,
    rule: `categorical-${categoricalSlug(type)}`,
    source: `${deciders.source}; ${days.source}`,
    explanation: `Categorical determination (${type}) granted on ${decidedOn} by ${by} for a person with ${category} indications${limit}.`,
  };
}

/** Why the decision's facts do not hold (a BAD_USER_INPUT naming the field), or null. */
export function decisionInputProblem(decidedOn: string, screenedOn: string): { field: string; message: string } | null {
  return decidedOn < screenedOn ? { field: "input.decidedOn", message: "may not precede the screen that asked for the categorical" } : null;
}
