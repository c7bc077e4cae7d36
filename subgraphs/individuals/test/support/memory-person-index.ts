import { identifierKey } from "../../src/identifier/identifier.rules.ts";
import { probeOf } from "../../src/individual/individual.store.ts";
import type { Candidate, IdentifierValue } from "../../src/matching/evidence.model.ts";
import { hitsPerKey } from "../../src/registration/candidates.reads.ts";
import type { MatchedAddition, NewPerson, PersonIndex } from "../../src/registration/person-index.model.ts";

/**
 * The person index in memory, for running thousands of registrations through the very same
 * `register` the mutation runs, without a database. It keeps only what matching reads.
 */
export class MemoryPersonIndex implements PersonIndex {
  readonly people = new Map<string, Candidate>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byIdentifier = new Map<string, string>();
  private sequence = 0;
  /** When each person was created: the newest first where a key's people are cut, as UUID v7 ids sort in the database. */
  private readonly order = new Map<string, number>();

  /** Nothing to lock: the quality test registers one person at a time. */
  async withRegistrationLock<T>(_keys: string[], work: (index: PersonIndex) => Promise<T>): Promise<T> {
    return work(this);
  }

  async ownersOf(identifiers: IdentifierValue[]): Promise<Candidate[]> {
    const ids = new Set(identifiers.flatMap((id) => this.byIdentifier.get(identifierKey(id)) ?? []));
    return [...ids].map((id) => this.people.get(id)!);
  }

  /** As candidates.reads.ts ranks them: most keys shared, then the rarest shared key, then the newest; `hitsPerKey` a key. */
  async candidatesFor(keys: string[], limit: number): Promise<Candidate[]> {
    const shared = new Map<string, { keys: number; crowd: number; order: number }>();
    for (const key of keys) {
      const hits = [...(this.byKey.get(key) ?? [])].map((id) => ({ id, order: this.order.get(id)! }));
      const newest = hits.sort((a, b) => b.order - a.order).slice(0, hitsPerKey);
      for (const { id, order } of newest) {
        const seen = shared.get(id) ?? { keys: 0, crowd: Infinity, order };
        shared.set(id, { keys: seen.keys + 1, crowd: Math.min(seen.crowd, newest.length), order });
      }
    }
    return [...shared.entries()]
      .sort(([, a], [, b]) => b.keys - a.keys || a.crowd - b.crowd || b.order - a.order)
      .slice(0, limit)
      .map(([id]) => this.people.get(id)!);
  }

  async distinctPairsAmong(): Promise<() => boolean> {
    return () => false;
  }

  async create(person: NewPerson, reviewOf: unknown[] | null): Promise<{ individualId: string; reviewId: string | null }> {
    const id = `M${++this.sequence}`;
    this.order.set(id, this.sequence);
    this.people.set(id, { id, ...probeOf(person.fields, person.identifiers) });
    this.index(id, person.keys, person.identifiers);
    return { individualId: id, reviewId: reviewOf ? `R${id}` : null };
  }

  async attach(individualId: string, addition: MatchedAddition): Promise<void> {
    const person = this.people.get(individualId)!;
    const { givenName, familyName, birthDate } = addition.completed;
    const record = person.faces[0]!;
    Object.assign(record, givenName ? { givenName } : {}, familyName ? { familyName } : {});
    if (birthDate) for (const face of person.faces) face.birthDate ??= birthDate;
    person.identifiers.push(...addition.identifiers.map(({ type, issuer, value }) => ({ type, issuer, value })));
    if (addition.alternateName) person.faces.push({ ...person.faces[0]!, ...addition.alternateName, source: "PREVIOUS_NAME" });
    this.index(individualId, addition.keys, addition.identifiers);
  }

  private index(id: string, keys: string[], identifiers: IdentifierValue[]) {
    for (const key of keys) {
      const ids = this.byKey.get(key) ?? new Set<string>();
      ids.add(id);
      this.byKey.set(key, ids);
    }
    for (const identifier of identifiers) this.byIdentifier.set(identifierKey(identifier), id);
  }
}
