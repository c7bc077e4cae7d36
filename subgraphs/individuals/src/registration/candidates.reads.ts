import { cell, decodeRow, rowShape, type JsonValue } from "@pasrr/db/sql-reads/row-shape";
import { runSqlRead, textList, type SqlReadClient } from "@pasrr/db/sql-reads/sql-read";
import type { ArgType } from "@prisma/driver-adapter-utils";
import type { Sex } from "../generated/prisma/enums.ts";
import { individualRow } from "../individual/individual.reads.ts";
import { candidateOf, type EvidenceRecord, type EvidencePerson } from "../individual/individual.store.ts";
import type { Candidate, IdentifierValue, PersonName } from "../matching/evidence.model.ts";

const int: ArgType = { scalarType: "int", dbType: "INT4", arity: "scalar" };

/** The columns of a record that matching reads (its face), decoded as the person's row is. */
const { givenName, middleName, familyName, suffix, birthDate, sex, postalCode, addressLine1 } = individualRow.columns;
const faceRow = rowShape<Omit<EvidenceRecord, "names">>("Individual", { givenName, middleName, familyName, suffix, birthDate, sex, postalCode, addressLine1 });

type PersonRow = Omit<EvidencePerson, "names" | "identifiers" | "mergedRecords"> & { names: JsonValue; identifiers: JsonValue; mergedRecords: JsonValue };
const personRow = rowShape<PersonRow>("Individual", {
  id: cell.uuid,
  ...faceRow.columns,
  ssnLastFour: cell.nullable(cell.text),
  names: cell.json,
  identifiers: cell.json,
  mergedRecords: cell.json,
});

const face = (alias: string) => faceRow.names.map((name) => `"${alias}"."${name}"`).join(", ");
const nameParts = ["givenName", "middleName", "familyName", "suffix"] as const;
/** A record's other names as a JSON array, oldest first (ids are UUID v7, made in arrival order). */
const namesOf = (alias: string) =>
  `COALESCE((SELECT json_agg(json_build_object(${nameParts.map((part) => `'${part}', "name"."${part}"`).join(", ")}) ORDER BY "name"."id")
    FROM "public"."IndividualName" AS "name" WHERE "name"."individualId" = "${alias}"."id"), '[]'::json)`;

/**
 * The candidates sharing a blocking key, in one statement: the first `$2` key hits in descending
 * key order (blocking.rules.ts names the narrow kinds so that they sort first; ties by person,
 * as the primary key's index returns them), each hit taken to the survivor it was merged into,
 * the ACTIVE survivors kept, each with its names, identifiers and merged records' faces as JSON.
 */
export const candidatesSql = `WITH "hit" AS (
  SELECT "key"."individualId" FROM "public"."BlockingKey" AS "key"
  WHERE "key"."key" = ANY($1::text[]) ORDER BY "key"."key" DESC, "key"."individualId" DESC LIMIT $2
), "found" AS (
  SELECT DISTINCT COALESCE("record"."mergedIntoId", "record"."id") AS "id"
  FROM "hit" JOIN "public"."Individual" AS "record" ON "record"."id" = "hit"."individualId"
)
SELECT "person"."id", ${face("person")}, "person"."ssnLastFour",
  ${namesOf("person")} AS "names",
  COALESCE((SELECT json_agg(json_build_object('type', "identifier"."type", 'issuer', "identifier"."issuer", 'value', "identifier"."value") ORDER BY "identifier"."id")
    FROM "public"."Identifier" AS "identifier" WHERE "identifier"."individualId" = "person"."id"), '[]'::json) AS "identifiers",
  COALESCE((SELECT json_agg(json_build_object(${faceRow.names.map((name) => `'${name}', "merged"."${name}"`).join(", ")}, 'names', ${namesOf("merged")}) ORDER BY "merged"."id")
    FROM "public"."Individual" AS "merged" WHERE "merged"."mergedIntoId" = "person"."id"), '[]'::json) AS "mergedRecords"
FROM "found" JOIN "public"."Individual" AS "person" ON "person"."id" = "found"."id"
WHERE "person"."status" = 'ACTIVE'
ORDER BY "person"."id"`;

type FaceJson = Record<(typeof faceRow.names)[number], string | null>;

/** A merged record from the statement's JSON: its birth date is the day's ISO text, read as the date column is. */
const mergedOf = (json: FaceJson & { names: PersonName[] }): EvidenceRecord => ({
  ...json,
  birthDate: cell.nullable(cell.date)(json.birthDate, true),
  sex: json.sex as Sex,
});

/** The candidates for `keys` (at most `limit` key hits), as `candidateOf` makes them from Prisma's rows. */
export async function readCandidates(db: SqlReadClient, keys: readonly string[], limit: number): Promise<Candidate[]> {
  if (keys.length === 0 || limit <= 0) return [];
  const { rows, wire } = await runSqlRead(db, { sql: candidatesSql, args: [[...keys], limit], argTypes: [textList, int] });
  return rows.map((row) => {
    const person = decodeRow(personRow, row, wire);
    return candidateOf({
      ...person,
      names: person.names as unknown as PersonName[],
      identifiers: person.identifiers as unknown as IdentifierValue[],
      mergedRecords: (person.mergedRecords as unknown as (FaceJson & { names: PersonName[] })[]).map(mergedOf),
    });
  });
}
