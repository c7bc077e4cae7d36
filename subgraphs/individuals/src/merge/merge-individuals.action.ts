import { conflict, notFound } from "@pasrr/graphql-kit/errors";
import type { IndividualsDb } from "../db.ts";
import { recordChange, snapshotOf, type Actor } from "../history/identity-event.store.ts";
import { candidateOf } from "../individual/individual.store.ts";
import { mergeProblem, type MergeEffect } from "./merge.rules.ts";
import { lock, readBoth, type Tx } from "./merge.store.ts";

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

  const effect: MergeEffect = {
    movedIdentifierIds: merged.identifiers.map((id) => id.id),
    repointedRecordIds: merged.mergedRecords.map((record) => record.id),
  };
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
