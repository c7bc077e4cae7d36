import { facilityActedFor } from "@pasrr/subgraph-kit/access/facility-registry";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import type { Prisma, ResidentReview } from "../generated/prisma/client.ts";
import { latestScreen } from "../pasrr/pasrr.rules.ts";
import { screenRecord } from "../pasrr/pasrr.store.ts";
import { admissionFindings, type AdmissionFinding } from "./admission-findings.rules.ts";
import { appliedBefore, claimCensusEvent, rememberAnswer } from "./applied-census-event.store.ts";
import { endClocksAtDischarge, moveClocksWithTransfer, openReview, pasUsedBefore, recordAdmission, resumeClocksOnReturn } from "./resident-review.store.ts";
import { clockInputs } from "./clock-inputs.store.ts";
import { clockRecords, personIds } from "./person-records.store.ts";
import { reviewDueFor, type ReviewDue } from "./resident-review.rules.ts";
import type { ReportResidentEventInput } from "./resident-review.input.ts";
import { residentEventSchema, type ResidentFact } from "./resident-review.validation.ts";

/** Returns from a hospital stay that followed a NF stay: the PAS holds and the ended clocks resume. */
const returnsFromHospital: string[] = ["READMITTED_FROM_HOSPITAL", "READMITTED_FROM_PSYCHIATRIC_HOSPITAL"];

/** What a fact does to the clocks, worked out from reads alone (some through the graph) before anything is written. */
interface ClockPlan {
  ids: string[];
  latestScreenId: string | null;
  opens: (ReviewDue | AdmissionFinding)[];
}

async function planClocks(ctx: Context, fact: ResidentFact): Promise<ClockPlan> {
  const ids = await personIds(ctx, fact.individualId);
  if (fact.event === "DISCHARGED") return { ids, latestScreenId: null, opens: [] };
  const records = await clockRecords(ctx, ids);
  const latestScreenId = latestScreen(records.screens.map(screenRecord))?.id ?? null;
  const usedBefore = fact.event === "ADMITTED" && (await pasUsedBefore(ctx.db, latestScreenId, fact.occurredOn));
  const policy = ctx.services.policy;
  const inputs = await clockInputs(ctx, ids, fact, records, usedBefore);
  const due = reviewDueFor(fact.event, fact.occurredOn, inputs.standing, policy);
  // An admission may also show a pre-admission step that was not done before it (MN, CO 8.401.183 C).
  const findings = inputs.admission ? admissionFindings(fact.occurredOn, inputs.admission, policy) : [];
  return { ids, latestScreenId, opens: [...(due ? [due] : []), ...findings] };
}

/** Writes the plan: ends, moves or resumes clocks, records the admission, opens what is due. Returns the review to answer with. */
async function applyClocks(tx: Prisma.TransactionClient, fact: ResidentFact, { ids, latestScreenId, opens }: ClockPlan): Promise<ResidentReview | null> {
  if (fact.event === "DISCHARGED") {
    await endClocksAtDischarge(tx, ids, fact);
    return null;
  }
  const moved =
    fact.event === "TRANSFERRED_IN" && fact.fromFacilityId
      ? await moveClocksWithTransfer(tx, ids, fact, fact.fromFacilityId)
      : returnsFromHospital.includes(fact.event)
        ? await resumeClocksOnReturn(tx, ids, fact)
        : [];
  // A NF-to-NF transfer starts a stay segment at the receiving NF: PASRR records follow the person
  // (domain README, step 4), so compliance periods from that day name the new facility (issue 16,
  // "each stay segment after a transfer").
  if (fact.event === "ADMITTED" || fact.event === "TRANSFERRED_IN") await recordAdmission(tx, fact, latestScreenId);
  const opened = [];
  for (const next of opens) opened.push(await openReview(tx, ids, fact, next));
  return opened[0] ?? moved[0] ?? null;
}

/** A repeat answers only about this facility's own review: an event id typed in shows nobody else's. */
const answerToRepeat = (applied: { review: ResidentReview | null }, fact: ResidentFact) =>
  applied.review?.facilityId === fact.facilityId ? applied.review : null;

/**
 * Applies a census fact to the person's Resident Review clocks. The facilities service delivers
 * admissions, transfers and discharges from its outbox, at least once, with the census event's id
 * (README, "Census"); the event is applied once (AppliedCensusEvent), and a repeat, even one
 * racing the first, answers what the first did and changes nothing. NFs and the state report
 * significant changes here. The reads, some of them through the graph, come first; the writes run
 * in one transaction, which holds no call to another service open.
 */
export async function reportResidentEvent(input: ReportResidentEventInput, ctx: Context) {
  const parsed = parseInput(residentEventSchema(ctx.services.clock.today()), input);
  // The matrix guard checked the caller acts for the facility (access/write-scope.access.ts); its county is the registry's.
  const facility = await facilityActedFor(ctx, parsed.facilityId);
  if (!facility) throw outOfScope();
  const fact: ResidentFact = { ...parsed, facilityCounty: facility.county };
  const eventId = fact.censusEventId;
  const seen = eventId ? await appliedBefore(ctx.db, eventId) : null;
  if (seen) return answerToRepeat(seen, fact);
  const plan = await planClocks(ctx, fact);
  return ctx.db.$transaction(async (tx) => {
    if (eventId && !(await claimCensusEvent(tx, eventId))) return answerToRepeat((await appliedBefore(tx, eventId)) ?? { review: null }, fact);
    const answer = await applyClocks(tx, fact, plan);
    if (eventId) await rememberAnswer(tx, eventId, answer);
    return answer;
  });
}
