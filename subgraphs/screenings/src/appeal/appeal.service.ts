import { assertVersion, atVersion, badUserInput, conflict, expectedVersionOf, fromDbDate, nextVersion, notFound, outOfScope, toDbDate, type CalendarDate } from "@pasrr/platform";
import { z } from "zod";
import type { Context } from "../context.ts";
import { actsFor } from "../access/access.rules.ts";
import { appealDeadline } from "../notice/notice.rules.ts";
import { parseInput, pastOrToday, recordId } from "../validation.ts";
import { addCalendarDays } from "../policy/working-days.ts";
import { decisionConflict, filingRefusal, nextAppeal } from "./appeal.rules.ts";
import type { DecideAppealInput, FileAppealInput } from "./appeal.type.ts";

const fileSchema = (today: CalendarDate) => z.object({ determinationId: recordId, filedOn: pastOrToday(today), grounds: z.string().trim().min(1, "is required").max(4000) });
const decideSchema = (today: CalendarDate) => z.object({ appealId: recordId, decision: z.enum(["UPHELD", "OVERTURNED"]), decidedOn: pastOrToday(today) });

export async function fileAppeal(input: FileAppealInput, ctx: Context) {
  const appeal = parseInput(fileSchema(ctx.services.clock.today()), input);
  const determination = await ctx.db.levelTwoDetermination.findUnique({
    where: { id: appeal.determinationId },
    include: { referral: true, notices: true, appeals: true },
  });
  // The matrix guard has checked the scope (access/scope-rules.ts); out of scope answers as missing.
  if (!determination || !actsFor(ctx.principal, determination.referral)) throw outOfScope();
  const determinedOn = fromDbDate(determination.determinedOn);
  // The deadline printed on the notice governs; a determination without notices falls back to policy.
  const notice = determination.notices.find((n) => n.recipient === "PERSON");
  const deadline = notice ? fromDbDate(notice.appealDeadline) : appealDeadline(determinedOn, ctx.services.policy);
  const earlier = determination.appeals.map((a) => ({ status: a.status, level: a.level, decidedOn: a.decidedOn ? fromDbDate(a.decidedOn) : null }));
  const next = nextAppeal(earlier, determination, ctx.services.policy.secondAppealDays.value, addCalendarDays);
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

export async function decideAppeal(input: DecideAppealInput, ctx: Context) {
  const decision = parseInput(decideSchema(ctx.services.clock.today()), input);
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
