import { conflict, notFound } from "@pasrr/graphql-kit/errors";
import type { IndividualsDb } from "../db.ts";
import { recordChange, snapshotOf, type Actor } from "../history/identity-event.store.ts";
import { orderedPair } from "../review/distinct-pairs.rules.ts";
import { isMergeEffect, unmergeProblem } from "./merge.rules.ts";
import { lock, readBoth } from "./merge.store.ts";

/**
 * Undoes a record's latest merge exactly: its identifiers and the records repointed by that merge
 * go back to it, it is ACTIVE again, and the pair is remembered as two people (never proposed again).
 * Identifiers the survivor gained later stay with the survivor.
 */
export async function unmergeIndividual(
  db: IndividualsDb,
  actor: Actor,
  mergedId: string,
  reason: string,
): Promise<{ restoredId: string; survivorId: string }> {
  return db.$transaction(async (tx) => {
    const record = await tx.individual.findUnique({ where: { id: mergedId } });
    if (!record) throw notFound("the record");
    const last = await tx.identityEvent.findFirst({ where: { individualId: mergedId, kind: { in: ["MERGED", "UNMERGED"] } }, orderBy: { sequence: "desc" } });
    const survivorId = last?.kind === "MERGED" ? last.relatedIndividualId : null;
    if (survivorId) await lock(tx, [survivorId, mergedId]);
    const [merged, survivor] = survivorId ? await readBoth(tx, mergedId, survivorId) : [record, null];
    const problem = unmergeProblem(merged ?? record, survivorId, survivor ?? null);
    if (problem) throw conflict(problem);
    const effect = (last!.after as { effect?: unknown } | null)?.effect;
    if (!isMergeEffect(effect)) throw new Error(`merge event ${last!.id} does not say what it changed`);

    await tx.identifier.updateMany({ where: { id: { in: effect.movedIdentifierIds }, individualId: survivorId! }, data: { individualId: mergedId } });
    await tx.individual.updateMany({ where: { id: { in: effect.repointedRecordIds }, mergedIntoId: survivorId! }, data: { mergedIntoId: mergedId } });
    await tx.individual.update({ where: { id: mergedId }, data: { status: "ACTIVE", mergedIntoId: null, mergedAt: null } });
    const [firstId, secondId] = orderedPair(mergedId, survivorId!);
    await tx.distinctPair.upsert({
      where: { firstId_secondId: { firstId, secondId } },
      create: { firstId, secondId, recordedBy: `${actor.organisationId}/${actor.subject}`, reason },
      update: {},
    });
    const [restoredAfter, survivorAfter] = await readBoth(tx, mergedId, survivorId!);
    await recordChange(tx, actor, {
      kind: "UNMERGED",
      individualId: mergedId,
      relatedIndividualId: survivorId,
      reason,
      before: { survivor: snapshotOf(survivor!), merged: snapshotOf(merged!) },
      after: { survivor: snapshotOf(survivorAfter!), merged: snapshotOf(restoredAfter!) },
    });
    return { restoredId: mergedId, survivorId: survivorId! };
  });
}
