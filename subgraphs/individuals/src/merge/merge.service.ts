import { conflict, notFound } from "@pasrr/graphql-kit/errors";
import type { IndividualsDb } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { recordChange, snapshotOf, type Actor } from "../history/identity-history.ts";
import { candidateOf, storedPersonInclude } from "../individual/individual.evidence.ts";
import { orderedPair } from "../review/distinct-pairs.rules.ts";
import { isMergeEffect, mergeProblem, unmergeProblem, type MergeEffect } from "./merge.rules.ts";

type Tx = Prisma.TransactionClient;

/** Locks the records (in id order, so two merges never deadlock) until the transaction ends. */
const lock = (tx: Tx, ids: string[]) =>
  tx.$queryRaw`SELECT "id" FROM "Individual" WHERE "id" = ANY(${[...ids].sort()}::uuid[]) ORDER BY "id" FOR UPDATE`;

const readBoth = async (tx: Tx, a: string, b: string) =>
  Promise.all([a, b].map((id) => tx.individual.findUnique({ where: { id }, include: storedPersonInclude })));

/**
 * Merges one record into another inside a transaction (issue 3, "Merge and unmerge"): the
 * merged record's identifiers move to the survivor, records merged into it before point at
 * the survivor, and it stays on record as MERGED with `mergedInto`. No data leaves the service:
 * other subgraphs follow the survivor's `mergedIds`.
 */
export async function mergeInto(tx: Tx, actor: Actor, survivorId: string, mergedId: string, reason: string): Promise<void> {
  await lock(tx, [survivorId, mergedId]);
  const [survivor, merged] = await readBoth(tx, survivorId, mergedId);
  if (!survivor) throw notFound("the survivor");
  if (!merged) throw notFound("the record to merge");
  if (survivor.status !== "ACTIVE") throw conflict(`the survivor was itself merged into ${survivor.mergedIntoId}; merge into that person`);
  if (merged.status !== "ACTIVE") throw conflict(`the record was already merged into ${merged.mergedIntoId}`);
  const problem = mergeProblem(candidateOf(survivor), candidateOf(merged));
  if (problem) throw conflict(`these records cannot be one person: ${problem}`);

  const effect: MergeEffect = { movedIdentifierIds: merged.identifiers.map((id) => id.id), repointedRecordIds: merged.mergedRecords.map((record) => record.id) };
  await tx.identifier.updateMany({ where: { individualId: merged.id }, data: { individualId: survivor.id } });
  await tx.individual.updateMany({ where: { mergedIntoId: merged.id }, data: { mergedIntoId: survivor.id } });
  await tx.individual.update({ where: { id: merged.id }, data: { status: "MERGED", mergedIntoId: survivor.id, mergedAt: actor.at } });
  const [survivorAfter, mergedAfter] = await readBoth(tx, survivorId, mergedId);
  await recordChange(tx, actor, {
    kind: "MERGED",
    individualId: merged.id,
    relatedIndividualId: survivor.id,
    reason,
    before: { survivor: snapshotOf(survivor), merged: snapshotOf(merged) },
    after: { survivor: snapshotOf(survivorAfter!), merged: snapshotOf(mergedAfter!), effect: { ...effect } },
  });
}

export const mergeIndividuals = (db: IndividualsDb, actor: Actor, survivorId: string, mergedId: string, reason: string) =>
  db.$transaction((tx) => mergeInto(tx, actor, survivorId, mergedId, reason));

/**
 * Undoes a record's latest merge exactly: its identifiers and the records repointed by that merge
 * go back to it, it is ACTIVE again, and the pair is remembered as two people (never proposed again).
 * Identifiers the survivor gained later stay with the survivor.
 */
export async function unmergeIndividual(db: IndividualsDb, actor: Actor, mergedId: string, reason: string): Promise<{ restoredId: string; survivorId: string }> {
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
    await tx.distinctPair.upsert({ where: { firstId_secondId: { firstId, secondId } }, create: { firstId, secondId, recordedBy: `${actor.organisationId}/${actor.subject}`, reason }, update: {} });
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
