import { conflict, forbidden, hubError } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Clock } from "@pasrr/calendar/clock";
import type { Principal } from "@pasrr/auth/principal";
import { mayRecordCensusEvent } from "../access/census.access.ts";
import type { FacilitiesSettings } from "../facilities.config.ts";
import type { FacilitiesDb } from "../db.ts";
import type { CensusEvent } from "../generated/prisma/client.ts";
import { deriveStays } from "../stay/stay-derivation.rules.ts";
import type { OrderViolation } from "../stay/stay.model.ts";
import { rebuildStays, toStayRow } from "../stay/stay.store.ts";
import { enqueueResidentFacts } from "../census-feed/outbox.store.ts";
import { checkFacilities } from "./census-facility.store.ts";
import { restateCorrected } from "./census-correction.rules.ts";
import { loadHistory, lockPerson, toFacts } from "./census-event.store.ts";
import { isLateEntry, selfCorrectionRefusal } from "./census.rules.ts";
import { movementFactNames } from "./census-event.model.ts";
import type { CensusEventDraft } from "./record-census-event.validation.ts";

/** Prisma's 5 s default is tight for an embedded database on a loaded machine; the person stays locked meanwhile. */
const transactionLimits = { maxWait: 10_000, timeout: 30_000 };

/**
 * A refusal that names the rule and, when an event already recorded is what breaks, which one.
 * The event being recorded is never named: the refusal rolls it back, and an error must not
 * name a record that was not written (issue 22: an admission-less LEAVE answered with the id of
 * the LEAVE itself, which no read could then find).
 */
function orderConflict(violation: OrderViolation, history: CensusEvent[], recorded: CensusEvent) {
  const culprit = history.find((event) => event.id === violation.eventId);
  const isThisEvent = violation.eventId === recorded.id || violation.eventId === recorded.correctsEventId;
  const message =
    isThisEvent || !culprit ? violation.message : `this would put the ${culprit.kind} of ${fromDbDate(culprit.effectiveOn)} out of order: ${violation.message}`;
  const named = violation.eventId === recorded.id ? {} : { eventId: violation.eventId };
  return conflict(`${violation.rule}: ${message}`, { rule: violation.rule, ...named });
}

/** A NF's own correction, where the state limits it (CT): only the date of the admission that opened its current stay there. */
async function assertSelfCorrectionAllowed(db: FacilitiesDb, settings: FacilitiesSettings, draft: CensusEventDraft) {
  if (settings.nursingFacilityCorrections === "ANY") return;
  const { stays } = deriveStays((await loadHistory(db, draft.individualId)).map(toFacts));
  const current = stays.find((stay) => stay.facilityId === draft.facilityId && stay.dischargedOn === null);
  const refusal = selfCorrectionRefusal(
    settings.nursingFacilityCorrections,
    {
      correctsEventId: draft.correctsEventId ?? "",
      voidsCorrected: draft.voidsCorrected ?? false,
      restatedFacts: movementFactNames.filter((fact) => draft[fact] !== null),
    },
    current?.eventIds[0] ?? null,
  );
  if (refusal) throw hubError("FORBIDDEN", refusal, { rule: "CT-CENSUS-NO-SELF-FIX" });
}

/**
 * Records one census event: authority and input checks first (nothing is read before the
 * authority check), then, in one transaction with the person locked, the event is appended,
 * the person's whole history re-derived (corrections applied, every rule of order checked) and
 * their stays rebuilt, and the facts the Resident Review clocks need written to the outbox
 * (census-feed/). A rule broken anywhere in the history rolls the insert back, facts included.
 */
export async function recordCensusEvent(db: FacilitiesDb, principal: Principal, settings: FacilitiesSettings, draft: CensusEventDraft, clock: Clock) {
  // Recorded now, by the hub's clock; late or not is judged against the state's today.
  const now = clock.now();
  if (!mayRecordCensusEvent(principal, draft.facilityId, draft.kind)) {
    throw forbidden(`${principal.role} may not record a ${draft.kind} for facility ${draft.facilityId}`);
  }
  if (draft.kind === "CORRECTION" && principal.role === "NURSING_FACILITY") await assertSelfCorrectionAllowed(db, settings, draft);
  const event = draft.kind === "CORRECTION" ? restateCorrected(draft, await db.censusEvent.findUnique({ where: { id: draft.correctsEventId ?? "" } })) : draft;
  await checkFacilities(db, event);
  const late = event.kind !== "CORRECTION" && isLateEntry(event.effectiveOn, clock.today(), settings.lateEntryDays);
  return db.$transaction(async (tx) => {
    await lockPerson(tx, event.individualId);
    const recorded = await tx.censusEvent.create({
      data: {
        ...event,
        effectiveOn: toDbDate(event.effectiveOn),
        recordedAt: now,
        recordedByOrganisationId: principal.organisationId,
        recordedBySubject: principal.subject,
        late,
      },
    });
    const history = await loadHistory(tx, event.individualId);
    const { stays, violation } = deriveStays(history.map(toFacts));
    if (violation) throw orderConflict(violation, history, recorded);
    await rebuildStays(tx, event.individualId, stays);
    const residentFacts = await enqueueResidentFacts(tx, recorded, stays);
    const stay = stays.find((candidate) => candidate.eventIds.includes(recorded.id));
    return { event: recorded, stay: stay ? toStayRow(stay) : null, residentFacts };
  }, transactionLimits);
}
