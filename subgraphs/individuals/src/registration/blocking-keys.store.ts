import type { IndividualsDb } from "../db.ts";
import { facesOfRecord } from "../individual/individual.store.ts";
import { blockingKeys, searchKeys } from "../matching/blocking.rules.ts";
import type { PersonEvidence } from "../matching/evidence.model.ts";

/**
 * Rebuilds every record's blocking and search keys from its evidence, after the key rules changed
 * (issue 21 replaced the six key kinds by fifteen): a record's keys are its own faces (name,
 * previous and alternate names) with the identifiers it holds, as registration stores them.
 * Merged records keep keys too (a newcomer finding one is led to its survivor). Each page of
 * records is replaced in one transaction, so a registration running meanwhile sees a record's old
 * keys or its new ones, never none. Returns how many records and keys were written.
 */
export async function rebuildBlockingKeys(db: IndividualsDb, pageSize = 500): Promise<{ records: number; keys: number }> {
  let after: string | undefined;
  const written = { records: 0, keys: 0 };
  for (;;) {
    const page = await db.individual.findMany({
      where: after ? { id: { gt: after } } : {},
      include: { names: true, identifiers: true },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    if (page.length === 0) return written;
    const rows = page.flatMap((row) => {
      const evidence: PersonEvidence = {
        faces: facesOfRecord(row),
        identifiers: row.identifiers.map(({ type, issuer, value }) => ({ type, issuer, value })),
        ssnLastFour: row.ssnLastFour,
      };
      return [...new Set([...blockingKeys(evidence), ...searchKeys(evidence)])].map((key) => ({ key, individualId: row.id }));
    });
    const ids = page.map((row) => row.id);
    await db.$transaction([db.blockingKey.deleteMany({ where: { individualId: { in: ids } } }), db.blockingKey.createMany({ data: rows })]);
    written.records += page.length;
    written.keys += rows.length;
    after = ids.at(-1);
  }
}
