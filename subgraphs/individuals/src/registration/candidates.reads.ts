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
 * How many people one key may bring, at most: a key shared by more says little about any of them
 * (at 1,000,000 people the broadest, given name code + ZIP, reaches about 1,400), and reading them
 * all would make the read grow with the index. A search by family name alone asks for as many.
 */
export const hitsPerKey = 500;

/**
 * The candidates sharing a blocking key, in one statement. Each key brings at most `$3` people
 * (the newest first, as the primary key's index returns them backwards); the people are ranked by
 * how many of the keys they share (a true duplicate shares most of its ~20, a stranger on a broad
 * key one), then by their rarest shared key (fewest people on it: a shared birth date and ZIP
 * before a shared given name and ZIP), then by id, and only the first `$2` are read whole: each
 * record taken to the survivor it was merged into, the ACTIVE survivors kept, each with its names,
 * identifiers and merged records' faces as JSON. README, "Blocking", says why it is bounded so.
 */
export const candidatesSql = `WITH "hit" AS (
  SELECT "stored"."individualId", count(*) OVER (PARTITION BY "wanted"."key") AS "crowd"
  FROM unnest($1::text[]) AS "wanted"("key")
  CROSS JOIN LATERAL (
    SELECT "key"."individualId" FROM "public"."BlockingKey" AS "key"
    WHERE "key"."key" = "wanted"."key" ORDER BY "key"."individualId" DESC LIMIT $3
  ) AS "stored"
), "ranked" AS (
  SELECT "hit"."individualId" FROM "hit" GROUP BY "hit"."individualId"
  ORDER BY count(*) DESC, min("hit"."crowd"), "hit"."individualId" DESC LIMIT $2
), "found" AS (
  SELECT DISTINCT COALESCE("record"."mergedIntoId", "record"."id") AS "id"
  FROM "ranked" JOIN "public"."Individual" AS "record" ON "record"."id" = "ranked"."individualId"
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

/** The candidates for `keys` (the `limit` people sharing most of them), as `candidateOf` makes them from Prisma's rows. */
export async function readCandidates(db: SqlReadClient, keys: readonly string[], limit: number, perKey = hitsPerKey): Promise<Candidate[]> {
  if (keys.length === 0 || limit <= 0) return [];
  const { rows, wire } = await runSqlRead(db, { sql: candidatesSql, args: [[...keys], limit, perKey], argTypes: [textList, int, int] });
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
