import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Prisma, ResidentReview } from "../generated/prisma/client.ts";
import type { ResidentFact } from "./resident-review.validation.ts";
import type { AdmissionFinding } from "./admission-findings.rules.ts";
import { coveringReasons, earlierDueOn, resumedOnReturn, type ReviewDue } from "./resident-review.rules.ts";

/** The clocks still running for the person at a facility. */
const running = (ids: string[], facilityId: string) => ({ individualId: { in: ids }, facilityId, completedOn: null, endedOn: null });

/** A discharge or death ends the stay's clocks: those started on or before that day (endedByDischarge in the rules). */
export async function endClocksAtDischarge(db: Prisma.TransactionClient, ids: string[], fact: ResidentFact): Promise<void> {
  const leftOn = toDbDate(fact.occurredOn);
  await db.residentReview.updateMany({ where: { ...running(ids, fact.facilityId), triggeredOn: { lte: leftOn } }, data: { endedOn: leftOn } });
}

/**
 * Back from hospital: the clocks the discharge to hospital ended run again at the NF the person
 * returned to, with their due days (resumedOnReturn in the rules). Each resumes as a new row
 * carrying the return's census event, so the ended row stays as history and a repeated delivery
 * of the return is recognised (replayOf).
 */
export async function resumeClocksOnReturn(db: Prisma.TransactionClient, ids: string[], fact: ResidentFact): Promise<ResidentReview[]> {
  const rows = await db.residentReview.findMany({ where: { individualId: { in: ids }, completedOn: null }, orderBy: { dueOn: "asc" } });
  const asDates = rows.map((row) => ({
    row,
    reason: row.reason,
    dueOn: fromDbDate(row.dueOn),
    completedOn: null,
    endedOn: row.endedOn ? fromDbDate(row.endedOn) : null,
  }));
  const resumed = resumedOnReturn(asDates, fact.occurredOn);
  return Promise.all(
    resumed.map(({ row }) =>
      db.residentReview.create({
        data: {
          individualId: row.individualId,
          facilityId: fact.facilityId,
          facilityCounty: fact.facilityCounty,
          reason: row.reason,
          triggeredOn: row.triggeredOn,
          dueOn: row.dueOn,
          source: row.source,
          triggerEventId: fact.censusEventId,
        },
      }),
    ),
  );
}

/** OH guide: the PAS follows the person to the next NF, and with it the clocks it started. */
export async function moveClocksWithTransfer(
  db: Prisma.TransactionClient,
  ids: string[],
  fact: ResidentFact,
  fromFacilityId: string,
): Promise<ResidentReview[]> {
  const open = await db.residentReview.findMany({
    where: { ...running(ids, fromFacilityId), triggeredOn: { lte: toDbDate(fact.occurredOn) } },
    orderBy: { dueOn: "asc" },
  });
  if (open.length === 0) return [];
  await db.residentReview.updateMany({
    where: { id: { in: open.map((review) => review.id) } },
    data: { facilityId: fact.facilityId, facilityCounty: fact.facilityCounty },
  });
  return open.map((review) => ({ ...review, facilityId: fact.facilityId, facilityCounty: fact.facilityCounty }));
}

/** Whether an admission before this day already used the Level I (OH guide: a PAS is good for one NF admission). */
export async function pasUsedBefore(db: Prisma.TransactionClient, screenId: string | null, admittedOn: string): Promise<boolean> {
  if (!screenId) return false;
  return (await db.nursingFacilityAdmission.findFirst({ where: { screenId, admittedOn: { lt: toDbDate(admittedOn) } }, select: { id: true } })) !== null;
}

/** Records the admission with the Level I it used. The same admission reported twice (same day and facility) is recorded once. */
export async function recordAdmission(db: Prisma.TransactionClient, fact: ResidentFact, screenId: string | null): Promise<void> {
  const admittedOn = toDbDate(fact.occurredOn);
  const same = await db.nursingFacilityAdmission.findFirst({ where: { individualId: fact.individualId, facilityId: fact.facilityId, admittedOn } });
  if (!same) {
    await db.nursingFacilityAdmission.create({
      data: { individualId: fact.individualId, facilityId: fact.facilityId, admittedOn, screenId, triggerEventId: fact.censusEventId },
    });
  }
}

/**
 * Opens the review a fact makes due at the fact's facility, or returns the open one that already
 * covers it (coveringReasons), bringing its due day forward when the new one is sooner. A finding
 * about a step already done late is recorded done by the screen that did it, once per admission.
 */
export async function openReview(db: Prisma.TransactionClient, ids: string[], fact: ResidentFact, due: ReviewDue | AdmissionFinding): Promise<ResidentReview> {
  const person = { individualId: { in: ids }, facilityId: fact.facilityId };
  const done = "completedBy" in due ? due.completedBy : null;
  if (done) {
    const recorded = await db.residentReview.findFirst({ where: { ...person, reason: due.reason, triggeredOn: toDbDate(fact.occurredOn) } });
    if (recorded) return recorded;
  } else {
    const open = await db.residentReview.findFirst({
      where: { ...person, reason: { in: coveringReasons(due.reason) }, completedOn: null, endedOn: null },
      orderBy: { dueOn: "asc" },
    });
    const earlier = open ? earlierDueOn(fromDbDate(open.dueOn), due.dueOn) : null;
    if (open) return earlier ? db.residentReview.update({ where: { id: open.id }, data: { dueOn: toDbDate(earlier), source: due.source } }) : open;
  }
  return db.residentReview.create({
    data: {
      individualId: fact.individualId,
      facilityId: fact.facilityId,
      facilityCounty: fact.facilityCounty,
      reason: due.reason,
      triggeredOn: toDbDate(fact.occurredOn),
      dueOn: toDbDate(due.dueOn),
      source: due.source,
      triggerEventId: fact.censusEventId,
      ...(done ? { completedOn: toDbDate(done.on), completedByScreenId: done.screenId } : {}),
    },
  });
}
