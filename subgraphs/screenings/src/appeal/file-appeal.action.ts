import { badUserInput, conflict } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { actsFor } from "../access/record-scope.access.ts";
import { appealDeadline } from "../notice/notice.rules.ts";
import { filingRefusal, nextAppeal } from "./appeal.rules.ts";
import type { FileAppealInput } from "./appeal.input.ts";
import { fileAppealSchema } from "./appeal.validation.ts";

/** Files an appeal of a Level II determination, by the deadline on its notice (or, at the second level, of the first-level denial). */
export async function fileAppeal(input: FileAppealInput, ctx: Context) {
  const appeal = parseInput(fileAppealSchema(ctx.services.clock.today()), input);
  const determination = await ctx.db.levelTwoDetermination.findUnique({
    where: { id: appeal.determinationId },
    include: { referral: true, notices: true, appeals: true },
  });
  // The matrix guard has checked the scope (access/scope.access.ts); out of scope answers as missing.
  if (!determination || !actsFor(ctx.principal, determination.referral)) throw outOfScope();
  const determinedOn = fromDbDate(determination.determinedOn);
  // The deadline printed on the notice governs; a determination without notices falls back to policy.
  const notice = determination.notices.find((n) => n.recipient === "PERSON");
  const deadline = notice ? fromDbDate(notice.appealDeadline) : appealDeadline(determinedOn, ctx.services.policy);
  const earlier = determination.appeals.map((a) => ({ status: a.status, level: a.level, decidedOn: a.decidedOn ? fromDbDate(a.decidedOn) : null }));
  const next = nextAppeal(earlier, determination, ctx.services.policy.secondAppealDays.value);
  if ("refusal" in next) throw conflict(next.refusal, { determinationId: determination.id });
  // A second level (IL VIII.B) runs from the first-level denial, not from the notice.
  const window = next.level === 1 ? { determinedOn, appealDeadline: deadline } : { determinedOn: next.from, appealDeadline: next.deadline };
  const late = filingRefusal(appeal.filedOn, window);
  if (late) throw badUserInput("input.filedOn", late);
  return ctx.db.appeal.create({
    data: {
      determinationId: determination.id,
      level: next.level,
      individualId: determination.individualId,
      filedOn: toDbDate(appeal.filedOn),
      filedByOrganisationId: ctx.principal.organisationId,
      grounds: appeal.grounds,
    },
  });
}
