import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { PageRequest } from "@pasrr/graphql-kit/pagination";
import type { IndividualsDb } from "../db.ts";
import type { Identifier, Individual, IndividualName } from "../generated/prisma/client.ts";
import type { Candidate, Face, FaceSource, IdentifierValue, PersonEvidence, PersonName } from "../matching/evidence.model.ts";
import type { NormalisedIdentifier } from "../identifier/identifier.rules.ts";
import type { PersonFields } from "./individual.validation.ts";

/** A stored person with what matching reads: its names, identifiers and the records merged into it. */
export type StoredPerson = Individual & {
  names: IndividualName[];
  identifiers: Identifier[];
  mergedRecords: (Individual & { names: IndividualName[] })[];
};

/** What `candidateOf` reads of a record: its face's columns and its other names (a `StoredPerson` and its merged records are ones). */
export type EvidenceRecord = Pick<Individual, keyof PersonName | "birthDate" | "sex" | "postalCode" | "addressLine1"> & { names: PersonName[] };

/** What `candidateOf` reads of a person: a `StoredPerson`, or the candidate read's narrower row (candidates.reads.ts). */
export type EvidencePerson = EvidenceRecord & Pick<Individual, "id" | "ssnLastFour"> & { identifiers: IdentifierValue[]; mergedRecords: EvidenceRecord[] };

/** The relations `StoredPerson` needs, for `include:`. */
export const storedPersonInclude = {
  names: true,
  identifiers: true,
  mergedRecords: { include: { names: true } },
} as const;

type Demographics = Omit<Face, keyof PersonName | "source">;

const faceOf = (name: PersonName, demographics: Demographics, source: FaceSource): Face => ({
  givenName: name.givenName,
  middleName: name.middleName,
  familyName: name.familyName,
  suffix: name.suffix,
  ...demographics,
  source,
});

const demographicsOf = (row: EvidenceRecord): Demographics => ({
  birthDate: row.birthDate ? fromDbDate(row.birthDate) : null,
  sex: row.sex,
  postalCode: row.postalCode,
  addressLine1: row.addressLine1,
});

/** A record's own faces: its name, then each previous or alternate name with the same demographics. */
export function facesOfRecord(row: EvidenceRecord, source: FaceSource = "RECORD"): Face[] {
  const demographics = demographicsOf(row);
  return [faceOf(row, demographics, source), ...row.names.map((name) => faceOf(name, demographics, source === "RECORD" ? "PREVIOUS_NAME" : source))];
}

/** An ACTIVE stored person as a matching candidate, with the faces of every record merged into it. */
export function candidateOf(person: EvidencePerson): Candidate {
  return {
    id: person.id,
    faces: [...facesOfRecord(person), ...person.mergedRecords.flatMap((merged) => facesOfRecord(merged, "MERGED_RECORD"))],
    identifiers: person.identifiers.map(({ type, issuer, value }) => ({ type, issuer, value })),
    ssnLastFour: person.ssnLastFour,
  };
}

/** A newcomer as matching sees it: the name given, then its previous names, with the identifiers it brought. */
export function probeOf(person: PersonFields, identifiers: NormalisedIdentifier[]): PersonEvidence {
  const demographics: Demographics = { birthDate: person.birthDate, sex: person.sex, postalCode: person.postalCode, addressLine1: person.addressLine1 };
  return {
    faces: [faceOf(person, demographics, "RECORD"), ...person.previousNames.map((name) => faceOf(name, demographics, "PREVIOUS_NAME"))],
    identifiers: identifiers.map(({ type, issuer, value }) => ({ type, issuer, value })),
    ssnLastFour: person.ssnLastFour,
  };
}

/** One page of the people on record (merged records left out), oldest first, with one row more to tell whether more follow. */
export const activePeoplePage = (db: IndividualsDb, page: PageRequest) =>
  db.individual.findMany({
    where: { status: "ACTIVE", ...(page.afterKey ? { id: { gt: page.afterKey } } : {}) },
    orderBy: { id: "asc" },
    take: page.first + 1,
  });

/** The ACTIVE people born on a day, as matching candidates (at most `limit`). */
export async function candidatesBornOn(db: IndividualsDb, birthDate: CalendarDate, limit: number): Promise<Candidate[]> {
  const born = await db.individual.findMany({
    where: { birthDate: toDbDate(birthDate), status: "ACTIVE" },
    include: storedPersonInclude,
    relationLoadStrategy: "join",
    take: limit,
  });
  return born.map(candidateOf);
}
