import { assertVersion, expectedVersionOf, nextVersion } from "@pasrr/graphql-kit/versioning";
import { badUserInput, conflict, hubError } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { canReadScreen } from "../access/record-scope.access.ts";
import { plannedReferrals } from "../level-two-referral/level-two-referral.rules.ts";
import { referralRows } from "../level-two-referral/level-two-referral.store.ts";
import type { CategoricalType } from "../policy/policy.model.ts";
import { deciderRefusal, decidersOf, refusalText, type Refusal } from "./categorical.rules.ts";
import { decisionConflict, decisionInputProblem, sequenceConflict, settledOutcome, settlement } from "./categorical-decision.rules.ts";
import type { DecideCategoricalInput } from "./categorical.input.ts";
import { decideCategoricalSchema } from "./categorical.validation.ts";
import { clockFromGrant } from "./grant-clock.store.ts";

const refused = (code: "FORBIDDEN" | "CONFLICT", refusal: Refusal, extra: Record<string, unknown> = {}) =>
  hubError(code, refusalText(refusal), { rule: refusal.rule, ...extra });

/**
 * The deciding authority grants or denies the categorical a Level I asked for. Who may decide is
 * the state's pack, applied to the role of the caller's token and the screen's indications as the
 * hub recorded them (the matrix guard has already kept the caller to screens in its scope: a PAA's
 * counties, an authority's routed indications). The screen changes by a conditional update on its
 * version, so two deciders racing on one request cannot both settle it.
 */
// eslint-disable-next-line max-lines-per-function -- one write read in order: check, authorise, settle, then the transaction that stores it.
export async function decideCategorical(input: DecideCategoricalInput, ctx: Context) {
  const decision = parseInput(decideCategoricalSchema(ctx.services.clock.today()), input);
  const expected = expectedVersionOf(input.expectedVersion);
  const policy = ctx.services.policy;
  const { role, organisationId } = ctx.principal;
  const screen = await ctx.db.levelOneScreen.findUnique({ where: { id: decision.screenId }, include: { categoricalDecisions: true } });
  if (!screen || !canReadScreen(ctx.principal, screen)) throw outOfScope();
  assertVersion(`Level I screen ${screen.id}`, expected, screen.version);
  const { levelTwoCategory: category, categoricalStatus: status } = screen;
  const type = screen.categoricalType as CategoricalType | null;
  // A screen that asked for no categorical (or was denied one: its type is cleared) has nothing to decide.
  if (!status || !category || !type) throw refused("CONFLICT", decisionConflict(status === "DENIED" ? status : null, role, [])!, { screenId: screen.id });
  const notDecider = deciderRefusal(role, category, policy);
  if (notDecider) throw refused("FORBIDDEN", notDecider);
  const decidedBy = screen.categoricalDecisions.map((d) => d.deciderRole);
  const transition = decisionConflict(status, role, decidedBy) ?? sequenceConflict(role, category, decidedBy, policy);
  if (transition) throw refused("CONFLICT", transition, { screenId: screen.id, categoricalStatus: status });
  const problem = decisionInputProblem(decision.decidedOn, fromDbDate(screen.screenedOn));
  if (problem) throw badUserInput(problem.field, problem.message);

  const decisions = [
    ...screen.categoricalDecisions.map((d) => ({ role: d.deciderRole, decision: d.decision, decidedOn: fromDbDate(d.decidedOn) })),
    { role, ...decision },
  ];
  const settled = settlement(decisions, decidersOf(policy, category).roles);
  const outcome = settled.status === "REQUESTED" ? null : settledOutcome(settled.status, type, category, settled.decidedOn!, policy);
  // Asked before the transaction opens (an owner call): where a grant's clock runs if the person was admitted meanwhile.
  const clock =
    outcome?.outcome === "CATEGORICAL" && outcome.validThrough
      ? await clockFromGrant(ctx, screen, settled.decidedOn!, outcome.validThrough, policy.categoricalDays[type].source)
      : null;

  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.levelOneScreen.updateMany({
      where: { id: screen.id, version: screen.version, categoricalStatus: "REQUESTED" },
      data: {
        ...nextVersion,
        ...(outcome && {
          outcome: outcome.outcome,
          categoricalStatus: settled.status,
          categoricalDecidedOn: toDbDate(settled.decidedOn!),
          categoricalType: outcome.outcome === "CATEGORICAL" ? type : null,
          validThrough: outcome.validThrough ? toDbDate(outcome.validThrough) : null,
          outcomeRule: outcome.rule,
          outcomeSource: outcome.source,
          outcomeExplanation: outcome.explanation,
        }),
      },
    });
    if (updated.count !== 1) {
      throw conflict("FED-CAT-DECIDED-ONCE: the categorical was decided by someone else meanwhile: read the screen again", {
        rule: "FED-CAT-DECIDED-ONCE",
        screenId: screen.id,
      });
    }
    const recorded = await tx.categoricalDecision.create({
      data: {
        screenId: screen.id,
        individualId: screen.individualId,
        deciderRole: role,
        decidedByOrganisationId: organisationId,
        decision: decision.decision,
        decidedOn: toDbDate(decision.decidedOn),
        reason: decision.reason,
      },
    });
    // A denial is an ordinary Level II from here: the referrals open on the day of the denial (CO 8.401.192).
    if (outcome?.outcome === "LEVEL_II_REQUIRED") {
      const planned = plannedReferrals(category, settled.decidedOn!, policy);
      await tx.levelTwoReferral.createMany({ data: referralRows(planned, screen).map((row) => ({ ...row, screenId: screen.id })) });
    }
    if (clock) await tx.residentReview.create({ data: clock });
    return { levelOneScreen: await tx.levelOneScreen.findUniqueOrThrow({ where: { id: screen.id } }), categoricalDecision: recorded };
  });
}
