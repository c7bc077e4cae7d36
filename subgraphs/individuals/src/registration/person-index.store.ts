import { randomBytes } from "node:crypto";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { IndividualsDb } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { eventData, snapshotOf, type Actor } from "../history/identity-event.store.ts";
import { claimingIdentifiers, identifierData } from "../identifier/identifier.store.ts";
import { candidateOf, storedPersonInclude } from "../individual/individual.store.ts";
import { readCandidates } from "./candidates.reads.ts";
import type { Candidate, IdentifierValue } from "../matching/evidence.model.ts";
import type { Assessment } from "../matching/matching.rules.ts";
import { pairKey } from "../review/distinct-pairs.rules.ts";
import type { MatchedAddition, NewPerson, PersonIndex } from "./person-index.model.ts";
import { registrationTransaction, takeRegistrationLocks } from "./registration-lock.store.ts";

/**
 * A new record id: a UUID version 7 (RFC 9562), time-ordered like the ones Prisma's
 * `@default(uuid(7))` makes, so pages ordered by id stay in arrival order. Made here when a
 * write needs its ids before it is sent (several rows in one batch).
 */
export function newRecordId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** The person index in the service's database: the registration mutation's PersonIndex. */
export class PrismaPersonIndex implements PersonIndex {
  /**
   * @param transaction whether `db` is a registration's own transaction, inside which writes run
   *   in order (a transaction's client cannot open a batch transaction of its own)
   */
  constructor(
    private readonly db: IndividualsDb | Prisma.TransactionClient,
    private readonly actor: Actor,
    private readonly transaction = false,
  ) {}

  /** The registration in one transaction with its keys locked (registration-lock.store.ts); the index it hands `work` runs inside it. */
  async withRegistrationLock<T>(keys: string[], work: (index: PersonIndex) => Promise<T>): Promise<T> {
    if (!this.transaction) return registrationTransaction(this.db as IndividualsDb, keys, (tx) => work(new PrismaPersonIndex(tx, this.actor, true)));
    await takeRegistrationLocks(this.db, keys);
    return work(this);
  }

  async ownersOf(identifiers: IdentifierValue[]): Promise<Candidate[]> {
    if (identifiers.length === 0) return [];
    const rows = await this.db.identifier.findMany({
      where: { OR: identifiers.map(({ type, issuer, value }) => ({ type, issuer, value })) },
      select: { individual: { include: storedPersonInclude } },
      relationLoadStrategy: "join",
    });
    const people = new Map(rows.map((row) => [row.individual.id, row.individual]));
    return [...people.values()].map(candidateOf);
  }

  /** One statement (candidates.reads.ts): the narrow key kinds' hits first, each person with its evidence. */
  candidatesFor(keys: string[], limit: number): Promise<Candidate[]> {
    return readCandidates(this.db, keys, limit);
  }

  async distinctPairsAmong(ids: string[]) {
    const pairs = await this.db.distinctPair.findMany({ where: { firstId: { in: ids }, secondId: { in: ids } } });
    const known = new Set(pairs.map((pair) => pairKey(pair.firstId, pair.secondId)));
    return (a: string, b: string) => known.has(pairKey(a, b));
  }

  /**
   * One batch of writes in one transaction, every id made beforehand (so no statement waits on
   * another's answer): the person, identifiers, names, keys, the review, and the history.
   */
  async create(person: NewPerson, reviewOf: Assessment[] | null) {
    const id = newRecordId();
    const { previousNames, birthDate, ...fields } = person.fields;
    const row = { id, ...fields, birthDate: birthDate ? toDbDate(birthDate) : null };
    const identifiers = person.identifiers.map((identifier) => ({ id: newRecordId(), individualId: id, ...identifierData(identifier) }));
    const names = previousNames.map((name) => ({ id: newRecordId(), individualId: id, kind: "PREVIOUS" as const, ...name }));
    const events = [
      eventData(this.actor, { kind: "REGISTERED", individualId: id, after: snapshotOf({ ...row, status: "ACTIVE", mergedIntoId: null, identifiers, names }) }),
    ];
    const writes: Prisma.PrismaPromise<unknown>[] = [this.db.individual.create({ data: row, select: { id: true } })];
    if (identifiers.length > 0) writes.push(this.db.identifier.createMany({ data: identifiers }));
    if (names.length > 0) writes.push(this.db.individualName.createMany({ data: names }));
    writes.push(this.db.blockingKey.createMany({ data: unique(person.keys).map((key) => ({ key, individualId: id })) }));
    const reviewId = reviewOf ? newRecordId() : null;
    if (reviewOf && reviewId) {
      writes.push(
        this.db.duplicateReview.create({
          data: { id: reviewId, individualId: id, openedBy: `${this.actor.organisationId}/${this.actor.subject}` },
          select: { id: true },
        }),
      );
      writes.push(
        this.db.duplicateCandidate.createMany({
          data: reviewOf.map((a) => ({
            reviewId,
            candidateId: a.candidateId,
            score: a.score,
            reasons: { via: a.via, fields: a.reasons.map((r) => ({ ...r })) },
          })),
        }),
      );
      events.push(
        eventData(this.actor, {
          kind: "REVIEW_OPENED",
          individualId: id,
          after: { reviewId, candidates: reviewOf.map(({ candidateId, score }) => ({ candidateId, score })) },
        }),
      );
    }
    writes.push(this.db.identityEvent.createMany({ data: events }));
    await this.commit(writes);
    return { individualId: id, reviewId };
  }

  /** The newcomer's identifiers and spelling, attached to the person it matched, with the history, in one batch. */
  async attach(individualId: string, addition: MatchedAddition) {
    const identifiers = addition.identifiers.map((identifier) => ({ id: newRecordId(), individualId, ...identifierData(identifier) }));
    const { score, reasons, via } = addition.match;
    const events = [
      eventData(this.actor, {
        kind: "MATCHED",
        individualId,
        after: {
          score,
          via,
          reasons: reasons.map((r) => ({ ...r })),
          alternateName: addition.alternateName && { ...addition.alternateName },
          completed: { ...addition.completed },
        },
      }),
    ];
    if (identifiers.length > 0) {
      const before = addition.held.map(({ type, issuer, value }) => ({ type, issuer, value }));
      const after = [...before, ...identifiers.map(({ id, type, issuer, value }) => ({ id, type, issuer, value }))];
      events.push(eventData(this.actor, { kind: "IDENTIFIER_ADDED", individualId, reason: "registration matched this person", before, after }));
    }
    const writes: Prisma.PrismaPromise<unknown>[] = [];
    const { birthDate, ...names } = addition.completed;
    if (Object.keys(addition.completed).length > 0)
      writes.push(
        this.db.individual.update({
          where: { id: individualId },
          data: { ...names, ...(birthDate ? { birthDate: toDbDate(birthDate) } : {}) },
          select: { id: true },
        }),
      );
    if (identifiers.length > 0) writes.push(this.db.identifier.createMany({ data: identifiers }));
    // A name the person was not yet known by, with both parts (a partial name adds no alternate).
    if (addition.alternateName?.givenName && addition.alternateName.familyName)
      writes.push(
        this.db.individualName.create({
          data: {
            ...addition.alternateName,
            givenName: addition.alternateName.givenName,
            familyName: addition.alternateName.familyName,
            id: newRecordId(),
            individualId,
            kind: "ALTERNATE",
          },
          select: { id: true },
        }),
      );
    if (addition.keys.length > 0)
      writes.push(this.db.blockingKey.createMany({ data: unique(addition.keys).map((key) => ({ key, individualId })), skipDuplicates: true }));
    writes.push(this.db.identityEvent.createMany({ data: events }));
    await this.commit(writes);
  }

  /** Writes that stand or fall together: in order inside the registration's transaction, else as one batch transaction. */
  private commit(writes: Prisma.PrismaPromise<unknown>[]) {
    return claimingIdentifiers(async () => {
      if (!this.transaction) return (this.db as IndividualsDb).$transaction(writes);
      for (const write of writes) await write;
    });
  }
}
