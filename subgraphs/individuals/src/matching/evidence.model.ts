import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { IdentifierType, Sex } from "../generated/prisma/enums.ts";

/**
 * What matching knows about a person: plain data, the same whether it comes from a partner's
 * registration, from the database, or from the synthetic generator.
 */
export interface PersonName {
  /** Missing (null) when the partner did not know it: missing evidence, not a mismatch. */
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  suffix: string | null;
}

/** Where a face of a person comes from: the record itself, a name it was known by, or a record merged into it. */
export type FaceSource = "RECORD" | "PREVIOUS_NAME" | "MERGED_RECORD";

/** One way a person has been written down: a name with the demographics recorded beside it. */
export interface Face extends PersonName {
  source: FaceSource;
  birthDate: CalendarDate | null;
  sex: Sex;
  postalCode: string | null;
  addressLine1: string | null;
}

export interface IdentifierValue {
  type: IdentifierType;
  issuer: string;
  value: string;
}

export interface PersonEvidence {
  /** The record's own face first, then previous/alternate names and records merged into it. */
  faces: Face[];
  identifiers: IdentifierValue[];
  /** SSN digits 6–9 when only those are known (a full SSN is among the identifiers). */
  ssnLastFour: string | null;
}

/** An existing person a newcomer is compared with: always an ACTIVE record (a survivor). */
export interface Candidate extends PersonEvidence {
  id: string;
}
