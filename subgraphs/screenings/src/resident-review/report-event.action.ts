import { facilityActedFor } from "@pasrr/subgraph-kit/access/facility-registry";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { latestScreen } from "../pasrr/pasrr.rules.ts";
import { screenRecord } from "../pasrr/pasrr.store.ts";
import { admissionFindings } from "./admission-findings.rules.ts";
import { endClocksAtDischarge, moveClocksWithTransfer, openReview, recordAdmission, replayOf, resumeClocksOnReturn } from "./resident-review.store.ts";
import { clockInputs } from "./clock-inputs.store.ts";
import { clockRecords, personIds } from "./person-records.store.ts";
import { reviewDueFor } from "./resident-review.rules.ts";
import type { ReportResidentEventInput } from "./resident-review.input.ts";
import { residentEventSchema, type ResidentFact } from "./resident-review.validation.ts";

/** Returns from a hospital stay that followed a NF stay: the PAS holds and the ended clocks resume. */
const returnsFromHospital: string[] = ["READMITTED_FROM_HOSPITAL", "READMITTED_FROM_PSYCHIATRIC_HOSPITAL"];

/**
 * Applies a census fact to the person's Resident Review clocks. The facilities service delivers
 * admissions, transfers and discharges from its outbox, at least once, with the census event's id
 * (README, "Census"); a fact seen before returns what it did the first time, so a repeated
 * delivery starts, moves or ends nothing. NFs and the state report significant changes here.
 */
export async function reportResidentEvent(input: ReportResidentEventInput, ctx: Context) {
  const parsed = parseInput(residentEventSchema(ctx.services.clock.today()), input);
  // The matrix guard checked the caller acts for the facility (access/write-scope.access.ts); its county is the registry's.
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
  const latest = latestScreen(records.screens.map(screenRecord));
  const moved =
    fact.event === "TRANSFERRED_IN" && fact.fromFacilityId
      ? await moveClocksWithTransfer(ctx.db, ids, fact, fact.fromFacilityId)
      : returnsFromHospital.includes(fact.event)
        ? await resumeClocksOnReturn(ctx.db, ids, fact)
        : [];
  const usedBefore = fact.event === "ADMITTED" ? await recordAdmission(ctx.db, fact, latest?.id ?? null) : false;
  // A NF-to-NF transfer starts a stay segment at the receiving NF: PASRR records follow the person
  // (domain README, step 4), so compliance periods from that day name the new facility (issue 16,
  // "each stay segment after a transfer"). It uses no PAS, so whether one was used before is not asked.
  if (fact.event === "TRANSFERRED_IN") await recordAdmission(ctx.db, fact, latest?.id ?? null);
  const policy = ctx.services.policy;
  const inputs = await clockInputs(ctx, ids, fact, records, usedBefore);
  const due = reviewDueFor(fact.event, fact.occurredOn, inputs.standing, policy);
  // An admission may also show a pre-admission step that was not done before it (MN, CO 8.401.183 C).
  const findings = inputs.admission ? admissionFindings(fact.occurredOn, inputs.admission, policy) : [];
  const opened = [];
  for (const next of [...(due ? [due] : []), ...findings]) opened.push(await openReview(ctx.db, ids, fact, next));
  return opened[0] ?? moved[0] ?? null;
}
