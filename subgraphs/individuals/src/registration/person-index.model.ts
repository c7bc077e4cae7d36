import type { NormalisedIdentifier } from "../identifier/identifier.rules.ts";
import type { PersonFields } from "../individual/individual.validation.ts";
import type { DistinctPairs } from "../matching/decision.rules.ts";
import type { Candidate, IdentifierValue, PersonName } from "../matching/evidence.model.ts";
import type { Assessment } from "../matching/matching.rules.ts";

/**
 * What registration needs from the person index. The service's database implements it
 * (person-index.store.ts); the quality test runs the very same registration against an
 * in-memory one (test/support/memory-person-index.ts), so both exercise one piece of code.
 */
export interface PersonIndex {
  /**
   * Runs `work` (one registration's read, decision and write) against the index with `keys` locked
   * until it is done, all or nothing: another registration holding any of the same keys waits for
   * this one to finish and then sees what it wrote. `work` is given the index to use meanwhile.
   */
  withRegistrationLock<T>(keys: string[], work: (index: PersonIndex) => Promise<T>): Promise<T>;
  /** The ACTIVE people who own any of these identifiers. */
  ownersOf(identifiers: IdentifierValue[]): Promise<Candidate[]>;
  /** The ACTIVE people sharing a blocking key with a newcomer; records merged into one count as that one. */
  candidatesFor(keys: string[], limit: number): Promise<Candidate[]>;
  /** Which pairs among these people a reviewer has said are different people. */
  distinctPairsAmong(ids: string[]): Promise<DistinctPairs>;
  /** Creates a person (with its identifiers and keys) and, when given candidates, a review of them. */
  create(person: NewPerson, reviewOf: Assessment[] | null): Promise<{ individualId: string; reviewId: string | null }>;
  /** Attaches identifiers (and a new spelling of the name) to an existing person the newcomer matched. */
  attach(individualId: string, addition: MatchedAddition): Promise<void>;
}

export interface NewPerson {
  fields: PersonFields;
  identifiers: NormalisedIdentifier[];
  keys: string[];
}

export interface MatchedAddition {
  /** The identifiers the person holds already (for the history's "before"). */
  held: IdentifierValue[];
  identifiers: NormalisedIdentifier[];
  /** The name the newcomer gave, when the person was not known by it yet. */
  alternateName: PersonName | null;
  keys: string[];
  match: Assessment;
}
