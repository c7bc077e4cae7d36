import type { Candidate, Face, PersonEvidence } from "../../src/matching/evidence.model.ts";

/** Matching evidence for rule tests: one invented person's face, changed field by field. */
export const face = (overrides: Partial<Face> = {}): Face => ({
  givenName: "Margaret",
  middleName: "Ann",
  familyName: "Quillfeather",
  suffix: null,
  birthDate: "1941-03-17",
  sex: "FEMALE",
  postalCode: "45212",
  addressLine1: "12 Orchard Lane",
  source: "RECORD",
  ...overrides,
});

export const evidence = (f: Partial<Face> = {}, more: Partial<PersonEvidence> = {}): PersonEvidence => ({
  faces: [face(f)],
  identifiers: [],
  ssnLastFour: null,
  ...more,
});

export const candidate = (id: string, f: Partial<Face> = {}, more: Partial<PersonEvidence> = {}): Candidate => ({ id, ...evidence(f, more) });

export const ssn = (value: string) => ({ type: "SSN" as const, issuer: "SSA", value });
