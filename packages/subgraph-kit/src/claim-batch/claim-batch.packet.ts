import { forbidden } from "@pasrr/graphql-kit/errors";

/**
 * The claim batch's facts as they travel between owners (`ClaimBatchCoverage`, issue 20): one
 * `@inaccessible` string per owner, packed once and read once, so a batch of 10,000 claim lines
 * crosses each subgraph as ONE representation instead of 10,000 `Individual` ones (~20 MB of
 * nested JSON and 10,000 entity resolutions per hop). The strings are router-only: every
 * subgraph that reads one declares it `@external`, so representation-guard.ts refuses it unless
 * a hub service vouched for the request; a partner can neither read nor forge them.
 *
 * - individuals packs the lines and, for each person a line names, the person's id and merged ids;
 * - screenings and facilities answer one list of facts per person, in the people's order;
 * - levelofcare combines them into one answer per line.
 */

/** One claim line as the payment system sent it, with the index of the person its Medicaid ID names (-1: nobody the caller may see). */
export interface PackedClaimLine {
  person: number;
  line: string;
  medicaidId: string;
  providerNumber: string | null;
  from: string;
  to: string;
}

export interface PackedPerson {
  id: string;
  mergedIds: string[];
}

export interface ClaimBatchPacket {
  people: PackedPerson[];
  lines: PackedClaimLine[];
}

type LineTuple = [number, string, string, string | null, string, string];
type PersonTuple = [string, string[]];

/** Tuples, not objects: the keys of 10,000 lines would be most of the bytes. */
export function packClaimBatch(batch: ClaimBatchPacket): string {
  const people: PersonTuple[] = batch.people.map((p) => [p.id, p.mergedIds]);
  const lines: LineTuple[] = batch.lines.map((l) => [l.person, l.line, l.medicaidId, l.providerNumber, l.from, l.to]);
  return JSON.stringify({ v: 1, people, lines });
}

/**
 * Reads a packed batch. Only a vouched request reaches here with one (the string is `@external`
 * where it is read), so a malformed one is a hub defect or a forgery the guard missed: refused.
 */
export function unpackClaimBatch(packed: unknown): ClaimBatchPacket {
  const batch = parsePacket(packed) as { v?: unknown; people?: unknown; lines?: unknown } | null;
  if (!batch || batch.v !== 1 || !Array.isArray(batch.people) || !Array.isArray(batch.lines)) throw refused();
  return {
    people: (batch.people as PersonTuple[]).map(([id, mergedIds]) => ({ id, mergedIds })),
    lines: (batch.lines as LineTuple[]).map(([person, line, medicaidId, providerNumber, from, to]) => ({ person, line, medicaidId, providerNumber, from, to })),
  };
}

/** One list of facts per person of the batch, in the people's order. */
export const packPersonFacts = <T>(facts: readonly (readonly T[])[]): string => JSON.stringify(facts);

export function unpackPersonFacts<T>(packed: unknown, people: number): T[][] {
  const facts = parsePacket(packed);
  if (!Array.isArray(facts) || facts.length !== people || !facts.every(Array.isArray)) throw refused();
  return facts as T[][];
}

function parsePacket(packed: unknown): unknown {
  if (typeof packed !== "string") throw refused();
  try {
    return JSON.parse(packed);
  } catch {
    // A string that is not JSON was not written by a hub service.
    throw refused();
  }
}

const refused = () => forbidden("the claim batch's facts are handed over by the hub's gateway only");

/** A PASRR compliance period from screenings: from, through, status, reason, record ids, known from, known through. */
export type PackedPasrrPeriod = [string, string | null, "MET" | "NOT_MET", string, string[], string, string | null];

/** A stay from facilities: admitted, discharged, facility id, its provider number, payer periods, leave periods (as the stay stores them). */
export type PackedStay = [
  string,
  string | null,
  string,
  string | null,
  { payer: string; startsOn: string; endsOn: string | null }[],
  { kind: string; leftOn: string; returnedOn: string | null }[],
];
