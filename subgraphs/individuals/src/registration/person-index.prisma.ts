import { toDbDate } from "@pasrr/platform";
import type { IndividualsDb } from "../db.ts";
import { recordChange, snapshotOf, type Actor } from "../history/identity-history.ts";
import { claimingIdentifiers, identifierData } from "../identifier/identifier.store.ts";
import { candidateOf, storedPersonInclude } from "../individual/individual.evidence.ts";
import type { Candidate, IdentifierValue } from "../matching/evidence.ts";
import type { Assessment } from "../matching/matching.rules.ts";
import { pairKey } from "../review/distinct-pairs.rules.ts";
import type { MatchedAddition, NewPerson, PersonIndex } from "./person-index.ts";

const unique = <T>(values: T[]) => [...new Set(values)];


/** The person index in the service's database: the registration mutation's PersonIndex. */
export class PrismaPersonIndex implements PersonIndex {
  constructor(
    private readonly db: IndividualsDb,
    private readonly actor: Actor,
  ) {}

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

  async candidatesFor(keys: string[], limit: number): Promise<Candidate[]> {
    const hits = await this.db.blockingKey.findMany({
      where: { key: { in: keys } },
      select: { individual: { select: { id: true, mergedIntoId: true } } },
      // Narrow keys (GD, FGY, FD…) sort before a search's broad family key (F), so a cut keeps them.
      orderBy: { key: "desc" },
      take: limit,
      relationLoadStrategy: "join",
    });
    // A merged record's keys still find its person: the survivor it was merged into.
    const ids = unique(hits.map((hit) => hit.individual.mergedIntoId ?? hit.individual.id));
    if (ids.length === 0) return [];
    const people = await this.db.individual.findMany({ where: { id: { in: ids }, status: "ACTIVE" }, include: storedPersonInclude, relationLoadStrategy: "join" });
    return people.map(candidateOf);
  }

  async distinctPairsAmong(ids: string[]) {
    const pairs = await this.db.distinctPair.findMany({ where: { firstId: { in: ids }, secondId: { in: ids } } });
    const known = new Set(pairs.map((pair) => pairKey(pair.firstId, pair.secondId)));
    return (a: string, b: string) => known.has(pairKey(a, b));
  }

  create(person: NewPerson, reviewOf: Assessment[] | null) {
    const { previousNames, birthDate, ...fields } = person.fields;
    return claimingIdentifiers(() =>
      this.db.$transaction(async (tx) => {
        const created = await tx.individual.create({
          data: {
            ...fields,
            birthDate: toDbDate(birthDate),
            names: { create: previousNames.map((name) => ({ ...name, kind: "PREVIOUS" as const })) },
            identifiers: { create: person.identifiers.map(identifierData) },
          },
          include: { names: true, identifiers: true },
        });
        await tx.blockingKey.createMany({ data: unique(person.keys).map((key) => ({ key, individualId: created.id })) });
        await recordChange(tx, this.actor, { kind: "REGISTERED", individualId: created.id, after: snapshotOf(created) });
        if (!reviewOf) return { individualId: created.id, reviewId: null };
        const review = await tx.duplicateReview.create({
          data: {
            individualId: created.id,
            openedBy: `${this.actor.organisationId}/${this.actor.subject}`,
            candidates: { create: reviewOf.map((a) => ({ candidateId: a.candidateId, score: a.score, reasons: { via: a.via, fields: a.reasons } as object })) },
          },
        });
        const candidates = reviewOf.map(({ candidateId, score }) => ({ candidateId, score }));
        await recordChange(tx, this.actor, { kind: "REVIEW_OPENED", individualId: created.id, after: { reviewId: review.id, candidates } });
        return { individualId: created.id, reviewId: review.id };
      }),
    );
  }

  attach(individualId: string, addition: MatchedAddition) {
    return claimingIdentifiers(() =>
      this.db.$transaction(async (tx) => {
        const before = await tx.identifier.findMany({ where: { individualId } });
        if (addition.identifiers.length > 0) await tx.identifier.createMany({ data: addition.identifiers.map((id) => ({ ...identifierData(id), individualId })) });
        if (addition.alternateName) await tx.individualName.create({ data: { ...addition.alternateName, individualId, kind: "ALTERNATE" } });
        if (addition.keys.length > 0) await tx.blockingKey.createMany({ data: unique(addition.keys).map((key) => ({ key, individualId })), skipDuplicates: true });
        const { score, reasons, via } = addition.match;
        await recordChange(tx, this.actor, { kind: "MATCHED", individualId, after: { score, via, reasons: reasons.map((r) => ({ ...r })), alternateName: addition.alternateName ? { ...addition.alternateName } : null } });
        if (addition.identifiers.length > 0) {
          const after = await tx.identifier.findMany({ where: { individualId } });
          const view = (rows: typeof before) => rows.map(({ id, type, issuer, value }) => ({ id, type, issuer, value }));
          await recordChange(tx, this.actor, { kind: "IDENTIFIER_ADDED", individualId, reason: "registration matched this person", before: view(before), after: view(after) });
        }
      }),
    );
  }
}
