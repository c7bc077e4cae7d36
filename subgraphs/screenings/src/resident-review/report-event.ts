import { facilityActedFor, fromDbDate, outOfScope, toDbDate, type CalendarDate } from "@pasrr/platform";
import { z } from "zod";
import type { Context } from "../context.ts";
import { latestScreen } from "../pasrr/pasrr.rules.ts";
import { screenRecord, standingFromRows } from "../pasrr/pasrr.records.ts";
import { parseInput, pastOrToday, recordId } from "../validation.ts";
import { endClocksAtDischarge, moveClocksWithTransfer, recordAdmission, replayOf, resumeClocksOnReturn } from "./census-facts.ts";
import { clockRecords, personIds } from "./person-records.ts";
import { earlierDueOn, reviewDueFor } from "./resident-review.rules.ts";
import { ResidentEvent, type ReportResidentEventInput } from "./resident-review.type.ts";

const eventSchema = (today: CalendarDate) =>
  z
  .object({
    individualId: recordId, facilityId: recordId, facilityCounty: z.string().nullish(), event: z.enum(ResidentEvent), occurredOn: pastOrToday(today),
    fromFacilityId: recordId.nullish().transform((id) => id ?? null), censusEventId: recordId.nullish().transform((id) => id ?? null),
  })
  .refine((fact) => fact.event === "TRANSFERRED_IN" || fact.fromFacilityId === null, { path: ["fromFacilityId"], message: "is only for TRANSFERRED_IN" });
/** A census fact with its facility's county as the registry holds it (the input's county is ignored). */
export type ResidentFact = Omit<z.infer<ReturnType<typeof eventSchema>>, "facilityCounty"> & { facilityCounty: string };

/**
 * Applies a census fact to the person's Resident Review clocks. The facilities service delivers
 * admissions, transfers and discharges from its outbox, at least once, with the census event's id
 * (README, "Census"); a fact seen before returns what it did the first time, so a repeated
 * delivery starts, moves or ends nothing. NFs and the state report significant changes here.
 */
export async function reportResidentEvent(input: ReportResidentEventInput, ctx: Context) {
  const parsed = parseInput(eventSchema(ctx.clock.today()), input);
  // The matrix guard checked the caller acts for the facility (access/write-scope.ts); its county is the registry's.
  const facility = await facilityActedFor(ctx, parsed.facilityId);
  if (!facility) throw outOfScope();
  const fact: ResidentFact = { ...parsed, facilityCounty: facility.county };
  if (fact.censusEventId) {
    const replay = await replayOf(ctx.db, fact.censusEventId);
    // A replay answers only about this facility's own review: an event id typed in shows nobody else's.
    if (replay.seen) return replay.review?.facilityId === fact.facilityId ? replay.review : null;
  }
  const ids = await personIds(ctx, fact.individualId);
  if (fact.event === "DISCHARGED") {
    await endClocksAtDischarge(ctx.db, ids, fact);
    return null;
  }
  const records = await clockRecords(ctx, ids);
  const standing = standingFromRows(records.screens, records.referrals, records.determinations, records.appeals);
  const latest = latestScreen(records.screens.map(screenRecord));
  const moved = fact.event === "TRANSFERRED_IN" && fact.fromFacilityId ? await moveClocksWithTransfer(ctx.db, ids, fact, fact.fromFacilityId)
    : fact.event === "READMITTED_FROM_HOSPITAL" ? await resumeClocksOnReturn(ctx.db, ids, fact) : [];
  const usedBefore = fact.event === "ADMITTED" ? await recordAdmission(ctx.db, fact, latest?.id ?? null) : false;
  // A NF-to-NF transfer starts a stay segment at the receiving NF: PASRR records follow the person
  // (domain README, step 4), so compliance periods from that day name the new facility (issue 16,
  // "each stay segment after a transfer"). It uses no PAS, so whether one was used before is not asked.
  if (fact.event === "TRANSFERRED_IN") await recordAdmission(ctx.db, fact, latest?.id ?? null);
  const due = reviewDueFor(fact.event, fact.occurredOn, {
    outcome: standing.outcome,
    categoricalType: latest?.categoricalType && latest.categoricalType !== "HOSPITAL_EXEMPTION" ? latest.categoricalType : null,
    requirementsMetOn: standing.requirementsMetOn,
    hasScreenOnFile: latest !== undefined,
    pasUsedByEarlierAdmission: usedBefore,
  }, ctx.loaders.policy);
  if (!due) return moved[0] ?? null;
  const open = await ctx.db.residentReview.findFirst({
    where: { individualId: { in: ids }, facilityId: fact.facilityId, reason: due.reason, completedOn: null, endedOn: null },
  });
  const earlier = open ? earlierDueOn(fromDbDate(open.dueOn), due.dueOn) : null;
  if (open) return earlier ? ctx.db.residentReview.update({ where: { id: open.id }, data: { dueOn: toDbDate(earlier), source: due.source } }) : open;
  return ctx.db.residentReview.create({
    data: {
      individualId: fact.individualId, facilityId: fact.facilityId, facilityCounty: fact.facilityCounty, reason: due.reason,
      triggeredOn: toDbDate(fact.occurredOn), dueOn: toDbDate(due.dueOn), source: due.source, triggerEventId: fact.censusEventId,
    },
  });
}
