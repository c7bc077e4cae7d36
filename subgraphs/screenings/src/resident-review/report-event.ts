import { forbidden, toDbDate } from "@pasrr/platform";
import { z } from "zod";
import type { Context } from "../context.ts";
import { submissionRefusal } from "../access/access.rules.ts";
import { latestScreen } from "../pasrr/pasrr.rules.ts";
import { screenRecord, standingFromRows } from "../pasrr/pasrr.records.ts";
import { countyName, parseInput, pastOrToday, recordId } from "../validation.ts";
import { reviewDueFor } from "./resident-review.rules.ts";
import { ResidentEvent, type ReportResidentEventInput } from "./resident-review.type.ts";

const eventSchema = z.object({ individualId: recordId, facilityId: recordId, facilityCounty: countyName, event: z.enum(ResidentEvent), occurredOn: pastOrToday });

/**
 * Starts a Resident Review clock from a census fact.
 *
 * How census feeds it: today a NF (or the state) reports the fact here. When the facilities
 * service records census events, it will call `reportResidentEvent` through the graph with a
 * service identity for each admission, significant change and transfer (architecture.md,
 * "Cross-subgraph rules"); the mutation is idempotent per person, facility and reason, so a
 * repeated delivery starts no second clock.
 */
export async function reportResidentEvent(input: ReportResidentEventInput, ctx: Context) {
  const fact = parseInput(eventSchema, input);
  const refusal = submissionRefusal(ctx.principal, fact);
  if (refusal) throw forbidden(refusal);
  const where = { where: { individualId: fact.individualId } };
  const [screens, referrals, determinations, appeals] = await Promise.all([
    ctx.db.levelOneScreen.findMany(where),
    ctx.db.levelTwoReferral.findMany(where),
    ctx.db.levelTwoDetermination.findMany(where),
    ctx.db.appeal.findMany(where),
  ]);
  const standing = standingFromRows(screens, referrals, determinations, appeals);
  const latest = latestScreen(screens.map(screenRecord));
  const due = reviewDueFor(fact.event, fact.occurredOn, {
    outcome: standing.outcome,
    categoricalType: latest?.categoricalType && latest.categoricalType !== "HOSPITAL_EXEMPTION" ? latest.categoricalType : null,
    requirementsMetOn: standing.requirementsMetOn,
  }, ctx.loaders.policy);
  if (!due) return null;
  const open = await ctx.db.residentReview.findFirst({
    where: { individualId: fact.individualId, facilityId: fact.facilityId, reason: due.reason, completedOn: null },
  });
  if (open) return open;
  return ctx.db.residentReview.create({
    data: {
      individualId: fact.individualId, facilityId: fact.facilityId, facilityCounty: fact.facilityCounty, reason: due.reason,
      triggeredOn: toDbDate(fact.occurredOn), dueOn: toDbDate(due.dueOn), source: due.source,
    },
  });
}
