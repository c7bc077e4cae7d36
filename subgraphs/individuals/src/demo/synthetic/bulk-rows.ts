import { randomUUID } from "node:crypto";
import type { IdentifierRules } from "../../identifier/identifier.rules.ts";
import { probeOf } from "../../individual/individual.store.ts";
import { blockingKeys, searchKeys } from "../../matching/blocking.rules.ts";
import { checkRegistration } from "../../registration/registration.rules.ts";
import type { SyntheticRecord } from "./records.ts";

/**
 * Synthetic registrations as table rows, column by column (for `INSERT … SELECT * FROM unnest(…)`),
 * normalised and keyed by the same rules a registration goes through: the benchmark's bulk load.
 */
export interface BulkColumns {
  individuals: Record<
    "id" | "givenName" | "middleName" | "familyName" | "birthDate" | "sex" | "addressLine1" | "city" | "postalCode" | "county" | "state" | "ssnLastFour",
    (string | null)[]
  >;
  identifiers: Record<"id" | "individualId" | "type" | "issuer" | "value", string[]>;
  keys: Record<"key" | "individualId", string[]>;
}

export function bulkColumns(records: SyntheticRecord[], today: string, rules: IdentifierRules): BulkColumns {
  const columns: BulkColumns = {
    individuals: {
      id: [],
      givenName: [],
      middleName: [],
      familyName: [],
      birthDate: [],
      sex: [],
      addressLine1: [],
      city: [],
      postalCode: [],
      county: [],
      state: [],
      ssnLastFour: [],
    },
    identifiers: { id: [], individualId: [], type: [], issuer: [], value: [] },
    keys: { key: [], individualId: [] },
  };
  for (const record of records) {
    const check = checkRegistration(record.input, record.identifiers, today, rules);
    if (!("registration" in check)) throw new Error(`synthetic record refused: ${check.field}: ${check.problem}`);
    const { person, identifiers } = check.registration;
    const id = randomUUID();
    const row = { ...person, id };
    for (const column of Object.keys(columns.individuals) as (keyof BulkColumns["individuals"])[]) columns.individuals[column].push(row[column]);
    for (const identifier of identifiers) {
      const values = { id: randomUUID(), individualId: id, type: identifier.type, issuer: identifier.issuer, value: identifier.value };
      for (const column of Object.keys(values) as (keyof typeof values)[]) columns.identifiers[column].push(values[column]);
    }
    const evidence = probeOf(person, identifiers);
    for (const key of new Set([...blockingKeys(evidence), ...searchKeys(evidence)])) {
      columns.keys.key.push(key);
      columns.keys.individualId.push(id);
    }
  }
  return columns;
}
