import { assertVersion, atVersion, expectedVersionOf, nextVersion } from "@pasrr/graphql-kit/versioning";
import { badUserInput, conflict } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { actsFor } from "../access/record-scope.access.ts";
import type { ReviewLevelOneScreenInput } from "./level-one-review.input.ts";
import { receivedCompleteOn, reviewInputProblem, reviewTransitionRefusal } from "./level-one-review.rules.ts";
import { reviewLevelOneScreenSchema } from "./level-one-review.validation.ts";

/**
 * A PAA (or the state) reviews a Level I filed for a facility in its counties (domain README,
 * "Who acts"). The status changes with a conditional update, so two reviewers racing on one
 * screen cannot both succeed (the second is a CONFLICT).
 */
export async function reviewLevelOneScreen(input: ReviewLevelOneScreenInput, ctx: Context) {
  const review = parseInput(reviewLevelOneScreenSchema(ctx.services.clock.today()), input);
  const expected = expectedVersionOf(input.expectedVersion);
  const screen = await ctx.db.levelOneScreen.findUnique({ where: { id: review.screenId } });
  // The matrix guard has checked the scope (access/scope.access.ts); out of scope answers as missing, naming no county.
  if (!screen || !actsFor(ctx.principal, screen)) throw outOfScope();
  assertVersion(`Level I screen ${screen.id}`, expected, screen.version);
  const refusal = reviewTransitionRefusal(screen.reviewStatus, review.decision);
  if (refusal) throw conflict(refusal, { screenId: screen.id, reviewStatus: screen.reviewStatus });
  const held = { screenedOn: fromDbDate(screen.screenedOn), returnedOn: screen.returnedOn ? fromDbDate(screen.returnedOn) : null };
  const problem = reviewInputProblem(review, held);
  if (problem) throw badUserInput(problem.field, problem.message);
  // The return stays on the record when the screen is later confirmed: the PAS counts from the day it was received complete.
  const outcome =
    review.decision === "RETURNED_INCOMPLETE"
      ? { returnedOn: toDbDate(review.reviewedOn) }
      : { receivedCompleteOn: toDbDate(receivedCompleteOn(review, held)) };
  const updated = await ctx.db.levelOneScreen.updateMany({
    where: { id: screen.id, reviewStatus: screen.reviewStatus, ...atVersion(expected) },
    data: {
      reviewStatus: review.decision,
      reviewedOn: toDbDate(review.reviewedOn),
      reviewedByOrganisationId: ctx.principal.organisationId,
      reviewFindings: review.findings,
      ...outcome,
      ...nextVersion,
    },
  });
  if (updated.count !== 1) {
    const now = await ctx.db.levelOneScreen.findUniqueOrThrow({ where: { id: screen.id } });
    assertVersion(`Level I screen ${screen.id}`, expected, now.version);
    throw conflict("the screen was reviewed by someone else meanwhile", { screenId: screen.id, currentVersion: now.version });
  }
  return ctx.db.levelOneScreen.findUniqueOrThrow({ where: { id: screen.id } });
}
