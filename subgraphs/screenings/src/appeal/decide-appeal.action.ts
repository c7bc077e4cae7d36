import { assertVersion, atVersion, expectedVersionOf, nextVersion } from "@pasrr/graphql-kit/versioning";
import { badUserInput, conflict, notFound } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { decisionConflict } from "./appeal.rules.ts";
import type { DecideAppealInput } from "./appeal.input.ts";
import { decideAppealSchema } from "./appeal.validation.ts";

/** The state agency's final action on an appeal, once; a conditional update on its version keeps two deciders from both deciding. */
export async function decideAppeal(input: DecideAppealInput, ctx: Context) {
  const decision = parseInput(decideAppealSchema(ctx.services.clock.today()), input);
  const expected = expectedVersionOf(input.expectedVersion);
  const appeal = await ctx.db.appeal.findUnique({ where: { id: decision.appealId } });
  if (!appeal) throw notFound(`appeal ${decision.appealId}`);
  assertVersion(`Appeal ${appeal.id}`, expected, appeal.version);
  const closed = decisionConflict(appeal);
  if (closed) throw conflict(closed, { appealId: appeal.id, status: appeal.status });
  if (decision.decidedOn < fromDbDate(appeal.filedOn)) throw badUserInput("input.decidedOn", "may not precede the filing");
  const updated = await ctx.db.appeal.updateMany({
    where: { id: appeal.id, status: "PENDING", ...atVersion(expected) },
    data: { status: decision.decision, decidedOn: toDbDate(decision.decidedOn), decidedByOrganisationId: ctx.principal.organisationId, ...nextVersion },
  });
  if (updated.count !== 1) {
    const now = await ctx.db.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    assertVersion(`Appeal ${appeal.id}`, expected, now.version);
    throw conflict("this appeal has already been decided", { appealId: appeal.id, currentVersion: now.version });
  }
  return ctx.db.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
}
