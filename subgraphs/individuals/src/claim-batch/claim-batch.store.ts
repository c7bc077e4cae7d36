import type { IndividualsDb } from "../db.ts";

/** A Medicaid ID's holder (the survivor, since a merge moves identifiers) and the records merged into them. */
export interface MedicaidIdHolder {
  issuer: string;
  value: string;
  id: string;
  mergedIds: string[];
}

/**
 * The holders of a claim batch's Medicaid IDs with their merged records' ids, in ONE statement
 * whose answer is one JSON text: the lookup `holdersOf` makes (by type, issuer and value) and the
 * merged ids `mergedIdsBySurvivor` reads (ordered by id), without mapping 10,000 person rows the
 * batch never reads (only their ids travel on).
 */
export async function medicaidIdHolders(db: IndividualsDb, wanted: readonly { issuer: string; value: string }[]): Promise<MedicaidIdHolder[]> {
  const [row] = await db.$queryRaw<{ holders: string }[]>`
    SELECT coalesce(json_agg(json_build_array(i."issuer", i."value", i."individualId", coalesce(m.ids, '{}'))), '[]')::text AS holders
    FROM "Identifier" i
    JOIN unnest(${wanted.map((id) => id.issuer)}::text[], ${wanted.map((id) => id.value)}::text[]) AS w(issuer, value)
      ON i."issuer" = w.issuer AND i."value" = w.value
    LEFT JOIN LATERAL (SELECT array_agg(x."id" ORDER BY x."id") AS ids FROM "Individual" x WHERE x."mergedIntoId" = i."individualId") m ON TRUE
    WHERE i."type" = 'MEDICAID_ID'`;
  return (JSON.parse(row?.holders ?? "[]") as [string, string, string, string[]][]).map(([issuer, value, id, mergedIds]) => ({ issuer, value, id, mergedIds }));
}
