import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { openDatabase, type Database } from "@pasrr/db/database";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";
import { StatementLog, withStatementLog } from "@pasrr/db/statement-log";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type IndividualsDb } from "../subgraphs/individuals/src/db.ts";
import { candidateOf, storedPersonInclude } from "../subgraphs/individuals/src/individual/individual.store.ts";
import type { Candidate } from "../subgraphs/individuals/src/matching/evidence.model.ts";
import { hitsPerKey, readCandidates } from "../subgraphs/individuals/src/registration/candidates.reads.ts";
import { newRecordId } from "../subgraphs/individuals/src/registration/person-index.store.ts";
import { createScratchDatabases } from "./support/postgres.ts";

/**
 * Issue 21: registration reads its candidates in one SQL statement (candidates.reads.ts) instead
 * of two Prisma queries. Matching must see exactly what it saw: the same people, with the same
 * names, identifiers and merged records, for any keys and limit, in and out of a transaction.
 */

type Kind = "pglite" | "postgres";

/**
 * The read in Prisma queries and plain code: the reference the statement must equal. Each key's
 * people, newest id first, at most `perKey`; ranked by keys shared, then the fewest people on a
 * shared key, then id descending; the first `limit` taken to their ACTIVE survivors.
 */
async function prismaCandidates(db: IndividualsDb, keys: string[], limit: number, perKey = hitsPerKey): Promise<Candidate[]> {
  const hits = await db.blockingKey.findMany({ where: { key: { in: keys } }, orderBy: [{ key: "desc" }, { individualId: "desc" }] });
  const shared = new Map<string, { keys: number; crowd: number }>();
  for (const key of new Set(keys)) {
    const people = hits.filter((hit) => hit.key === key).slice(0, perKey);
    for (const { individualId } of people) {
      const seen = shared.get(individualId) ?? { keys: 0, crowd: Infinity };
      shared.set(individualId, { keys: seen.keys + 1, crowd: Math.min(seen.crowd, people.length) });
    }
  }
  const ranked = [...shared.entries()]
    .sort(([a, x], [b, y]) => y.keys - x.keys || x.crowd - y.crowd || (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
  const records = await db.individual.findMany({ where: { id: { in: ranked } }, select: { id: true, mergedIntoId: true } });
  const ids = [...new Set(records.map((record) => record.mergedIntoId ?? record.id))];
  if (ids.length === 0) return [];
  const people = await db.individual.findMany({ where: { id: { in: ids }, status: "ACTIVE" }, include: storedPersonInclude, relationLoadStrategy: "join" });
  return people.map(candidateOf);
}

const byId = (candidates: Candidate[]) => [...candidates].sort((a, b) => a.id.localeCompare(b.id));

/** Ids made in creation order, one millisecond apart, as registration's UUID v7 ids are (a record's names and merged records are read oldest first). */
let made = Date.now();
const nextId = () => newRecordId(made++);
const ids = Array.from({ length: 8 }, nextId);
const [alma, bert, cora, dora, emil, fay, gus, hal] = ids as [string, string, string, string, string, string, string, string];
/** A crowd on one broad key, to cut at the limit. */
const crowd = Array.from({ length: 30 }, nextId);

async function seed(db: IndividualsDb) {
  const place = { county: "Hamilton", state: "OH" };
  const born = (day: string) => toDbDate(day);
  await db.individual.create({
    data: {
      ...place,
      id: alma,
      givenName: "Alma",
      middleName: "Q",
      familyName: "Reader",
      suffix: "Jr",
      birthDate: born("1941-02-03"),
      sex: "FEMALE",
      postalCode: "45000",
      addressLine1: "1 Synthetic Way",
      ssnLastFour: "0001",
    },
  });
  // Merged into Alma: their own faces and names travel with her.
  await db.individual.create({
    data: {
      ...place,
      id: bert,
      givenName: "Bert",
      familyName: "Reeder",
      birthDate: born("1941-02-04"),
      sex: "MALE",
      status: "MERGED",
      mergedIntoId: alma,
      mergedAt: new Date(),
    },
  });
  await db.individual.create({ data: { ...place, id: cora, familyName: "Reader", status: "MERGED", mergedIntoId: alma, mergedAt: new Date() } });
  // Every optional field missing.
  await db.individual.create({ data: { ...place, id: dora } });
  await db.individual.create({
    data: { ...place, id: emil, givenName: "Emil", familyName: "Reader", birthDate: born("1950-06-07"), sex: "MALE", postalCode: "45001" },
  });
  // Merged into a survivor that is not ACTIVE any more is no candidate (no such state is made, but the filter holds).
  await db.individual.create({ data: { ...place, id: fay, givenName: "Fay", familyName: "Reader", status: "MERGED" } });
  await db.individual.create({
    data: { ...place, id: gus, givenName: "Gus", familyName: "Reader", status: "MERGED", mergedIntoId: fay, mergedAt: new Date() },
  });
  await db.individual.create({ data: { ...place, id: hal, givenName: "Hal", familyName: "Reader", birthDate: born("1960-01-01") } });
  for (const id of crowd) await db.individual.create({ data: { ...place, id, givenName: "Crowd", familyName: "Reader", birthDate: born("1970-01-01") } });

  const names = [
    { individualId: alma, kind: "PREVIOUS" as const, givenName: "Alma", familyName: "Maiden" },
    { individualId: alma, kind: "ALTERNATE" as const, givenName: "Almah", middleName: "Quinn", familyName: "Reader", suffix: "Jr" },
    { individualId: bert, kind: "PREVIOUS" as const, givenName: "Bertie", familyName: "Reeder" },
    { individualId: bert, kind: "ALTERNATE" as const, givenName: "Bert", familyName: "Reader" },
    { individualId: emil, kind: "PREVIOUS" as const, givenName: "Emile", familyName: "Reader" },
  ];
  for (const name of names) await db.individualName.create({ data: { id: nextId(), ...name } });
  const identifiers = [
    { individualId: alma, type: "SSN" as const, issuer: "US-SSA", value: "900000001" },
    { individualId: alma, type: "MEDICAID_ID" as const, issuer: "OH", value: "M-1" },
    { individualId: alma, type: "FACILITY_MRN" as const, issuer: "facility-1", value: "MRN-1" },
    { individualId: bert, type: "MEDICAID_ID" as const, issuer: "OH", value: "M-2" },
    { individualId: emil, type: "STATE_CLIENT_ID" as const, issuer: "OH", value: "C-1" },
  ];
  for (const identifier of identifiers) await db.identifier.create({ data: { id: nextId(), ...identifier } });

  const keys: [string, string][] = [
    [alma, "N|alma"],
    [alma, "B|reader"],
    [bert, "N|bert"],
    [bert, "B|reader"],
    [cora, "C|reader"],
    [dora, "C|none"],
    [emil, "N|emil"],
    [emil, "B|reader"],
    [emil, "C|reader"],
    [gus, "N|gus"],
    [hal, "N|hal"],
    [hal, "C|reader"],
    ...crowd.map((id): [string, string] => [id, "A|crowd"]),
  ];
  await db.blockingKey.createMany({ data: keys.map(([individualId, key]) => ({ individualId, key })) });
}

const cases: { name: string; keys: string[]; limit: number }[] = [
  { name: "a merged record's key finds its survivor, with every merged record's faces", keys: ["N|bert"], limit: 200 },
  { name: "survivor and merged record on one key are one candidate", keys: ["B|reader", "N|alma"], limit: 200 },
  { name: "a person with every optional field missing", keys: ["C|none"], limit: 200 },
  { name: "a survivor that is not ACTIVE is left out", keys: ["N|gus", "N|emil"], limit: 200 },
  { name: "no key matches", keys: ["N|nobody"], limit: 200 },
  { name: "no keys", keys: [], limit: 200 },
  {
    name: "people sharing more keys first, then those on the rarest key: the cut keeps Alma, Hal and Emil (two keys each) before the crowd",
    keys: ["N|alma", "N|hal", "C|reader", "B|reader", "A|crowd"],
    limit: 5,
  },
  { name: "a cut among people sharing one key each takes the rarer key's first, then persons in descending id order", keys: ["A|crowd", "N|hal"], limit: 12 },
  { name: "every key at once", keys: ["N|alma", "N|bert", "N|emil", "N|gus", "N|hal", "C|reader", "C|none", "B|reader", "A|crowd"], limit: 200 },
];

export function candidatesReadSuite(kind: Kind) {
  describe(`the candidate read returns what the Prisma read returned, on ${kind}`, () => {
    let database: Database;
    let db: IndividualsDb;
    let drop: (() => Promise<void>) | undefined;
    const statements = new StatementLog();

    beforeAll(async () => {
      const scratch = kind === "postgres" ? await createScratchDatabases(["individuals"]) : undefined;
      drop = scratch?.drop;
      database = await openDatabase(
        scratch
          ? { kind: "postgres", url: scratch.urls.individuals!, variable: "TEST", settings: defaultPostgresSettings }
          : ({ kind: "pglite", dataDir: "memory://candidates-read" } as never),
      );
      await applyPendingMigrations(database, prismaFolder(path.join(repoRoot, "subgraphs/individuals/prisma")));
      db = createClient(withStatementLog(database.adapter, statements) as never);
      await seed(db);
    });
    afterAll(async () => {
      await db?.$disconnect();
      await database?.close();
      await drop?.();
    });

    for (const { name, keys, limit } of cases) {
      it(`${name}, in one statement`, async () => {
        const expected = byId(await prismaCandidates(db, keys, limit));
        statements.reset();
        const read = await readCandidates(db, keys, limit);
        expect(statements.count).toBe(keys.length === 0 ? 0 : 1);
        expect(read).toEqual(expected);
        expect(read.map((candidate) => candidate.id)).toEqual(expected.map((candidate) => candidate.id));
      });

      it(`${name}, inside a registration's transaction`, async () => {
        const expected = byId(await prismaCandidates(db, keys, limit));
        const read = await db.$transaction((tx) => readCandidates(tx, keys, limit));
        expect(read).toEqual(expected);
      });
    }

    it("the cases are not vacuous: merged faces, previous names, identifiers and a cut are all read", async () => {
      const all = await readCandidates(db, cases.at(-1)!.keys, 200);
      const almaRead = all.find((candidate) => candidate.id === alma)!;
      expect(almaRead.faces.map((face) => face.source)).toEqual([
        "RECORD",
        "PREVIOUS_NAME",
        "PREVIOUS_NAME",
        "MERGED_RECORD",
        "MERGED_RECORD",
        "MERGED_RECORD",
        "MERGED_RECORD",
      ]);
      expect(almaRead.identifiers).toHaveLength(3);
      expect(all.some((candidate) => candidate.id === dora)).toBe(true);
      expect(all.some((candidate) => candidate.id === fay || candidate.id === gus)).toBe(false);
      expect(await readCandidates(db, ["A|crowd"], 12)).toHaveLength(12);
      const cut = await readCandidates(db, ["N|alma", "N|hal", "C|reader", "B|reader", "A|crowd"], 5);
      expect(cut.map((candidate) => candidate.id)).toEqual(expect.arrayContaining([alma, hal, emil]));
      expect(cut.some((candidate) => crowd.includes(candidate.id))).toBe(false);
    });

    it("a key brings at most its newest `perKey` people, so a broad key cannot make the read grow with the index", async () => {
      const read = await readCandidates(db, ["A|crowd", "N|hal"], 200, 10);
      expect(read).toEqual(byId(await prismaCandidates(db, ["A|crowd", "N|hal"], 200, 10)));
      expect(read.map((candidate) => candidate.id).sort()).toEqual([...crowd.slice(-10), hal].sort());
    });
  });
}
