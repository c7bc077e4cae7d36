/**
 * The two floors the payment batch (row 4) is measured against, both reading the four databases
 * straight with pg, the same lookups the gateway's plan makes (the identifiers first, then
 * screens, stays and determinations in parallel):
 *
 * - the raw-SQL floor: the rows read back, nothing more (the levelofcare issue's floor);
 * - the fair floor: the same rows, then the hub's own rules on them — screenings' PASRR
 *   compliance history (complianceFromRows, as `Individual.pasrrCompliance` computes it),
 *   levelofcare's coverage (the facts `personCoverageFacts` gathers, answered by `coverageFrom`),
 *   facilities' stay periods (storedPayerPeriods, storedLeavePeriods, as `stayFacts` reads them), the lines matched to people by
 *   levelofcare's own `linesOf` — imported, never copied — and the answer JSON built, one answer
 *   per claim line in line order. What it leaves out is the hub's own cost: GraphQL, HTTP between
 *   services, access checks and the router's plan; so gateway ÷ fair floor is that cost alone.
 */
import pg from "pg";
import type { SubgraphName } from "@pasrr/config/service-names";
import { idsAcrossMerges } from "@pasrr/graphql-kit/ids";
import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import { complianceFromRows } from "../../subgraphs/screenings/src/pasrr/compliance.store.ts";
import { coverageFactsFrom, coverageFrom } from "../../subgraphs/levelofcare/src/coverage/coverage.store.ts";
import { knownOn } from "../../subgraphs/levelofcare/src/determination/history.rules.ts";
import { compliancePeriodsKnownOn } from "../../subgraphs/levelofcare/src/pasrr/pasrr-compliance.rules.ts";
import { linesOf, medicaidKey, type ClaimLine } from "../../subgraphs/levelofcare/src/claims/claim-lines.rules.ts";
import { storedLeavePeriods, storedPayerPeriods } from "../../subgraphs/facilities/src/stay/stay.store.ts";

export type Pools = Record<SubgraphName, pg.Pool>;

/** Pools that read DATE columns as Prisma does (midnight UTC), so the rules see the same values. */
export function floorPools(urls: Record<SubgraphName, string>): Pools {
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === pg.types.builtins.DATE
        ? (value: string) => new Date(`${value}T00:00:00.000Z`)
        : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  return Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, new pg.Pool({ connectionString: url, max: 4, types })])) as Pools;
}

/** The raw-SQL floor: the same lookups, one hand-written query per database, rows read back to the client. */
export async function rawFloor(pools: Pools, medicaidIds: readonly string[]): Promise<number> {
  const people = await pools.individuals.query(
    `SELECT i."individualId" AS id, i.value, coalesce(array_agg(m.id) FILTER (WHERE m.id IS NOT NULL), '{}') AS merged
       FROM "Identifier" i LEFT JOIN "Individual" m ON m."mergedIntoId" = i."individualId"
      WHERE i.type = 'MEDICAID_ID' AND i.issuer = 'OH' AND i.value = ANY($1::text[]) GROUP BY i."individualId", i.value`,
    [medicaidIds],
  );
  const ids = people.rows.map((row: { id: string }) => row.id);
  const [screens, stays, determinations] = await Promise.all([
    pools.screenings.query(
      `SELECT s."individualId", s."screenedOn", s.outcome, r.status, d."determinedOn", d."needsNursingFacilityServices"
         FROM "LevelOneScreen" s LEFT JOIN "LevelTwoReferral" r ON r."screenId" = s.id LEFT JOIN "LevelTwoDetermination" d ON d."referralId" = r.id
        WHERE s."individualId" = ANY($1::uuid[])`,
      [ids],
    ),
    pools.facilities.query(
      `SELECT s."individualId", s."admittedOn", s."dischargedOn", s."payerPeriods", s."leavePeriods", f.id AS "facilityId", f."providerNumber"
         FROM "Stay" s JOIN "Facility" f ON f.id = s."facilityId" WHERE s."individualId" = ANY($1::uuid[])`,
      [ids],
    ),
    pools.levelofcare.query(
      `SELECT id, "individualId", "facilityId", "levelOfCareType", decision, "effectiveFrom", "effectiveThrough", "supersedesId"
         FROM "LevelOfCareDetermination" WHERE "individualId" = ANY($1::uuid[])`,
      [ids],
    ),
  ]);
  return people.rowCount! + screens.rowCount! + stays.rowCount! + determinations.rowCount!;
}

/** One claim line's answer, with the fields (and their order) the batch query selects. */
export interface LineAnswer {
  line: string;
  coveredSpans: { from: string; through: string; levelOfCareType: string; determinationId: string }[];
  uncoveredSpans: { from: string; through: string; reason: string }[];
}

interface Person {
  id: string;
  identifiers: { type: string; issuer: string; value: string }[];
  mergedIds: string[];
}

/** Rows of `rows` grouped by individual id. */
function byIndividual<T extends { individualId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.individualId);
    if (list) list.push(row);
    else groups.set(row.individualId, [row]);
  }
  return groups;
}
const across = <T>(groups: Map<string, T[]>, ids: readonly string[]) => ids.flatMap((id) => groups.get(id) ?? []);

export interface FairFloorSettings {
  /** The state's time zone (the hub's clock), for the day a record became known. */
  timeZone: string;
  /** levelofcare's LOC_BED_HOLD_DAYS_PER_YEAR. */
  bedHoldDaysPerYear: number;
}

/**
 * The fair floor: the rows, the rules, one answer per claim line in line order (null where the
 * line's Medicaid ID names nobody).
 */
export async function fairFloor(pools: Pools, lines: readonly ClaimLine[], settings: FairFloorSettings): Promise<(LineAnswer | null)[]> {
  const values = [...new Set(lines.map((line) => line.medicaidId))];
  const found = await pools.individuals.query<Person>(
    `WITH hit AS (SELECT DISTINCT "individualId" AS id FROM "Identifier" WHERE type = 'MEDICAID_ID' AND value = ANY($1::text[]))
     SELECT hit.id,
            (SELECT json_agg(json_build_object('type', x.type, 'issuer', x.issuer, 'value', x.value)) FROM "Identifier" x WHERE x."individualId" = hit.id) AS identifiers,
            (SELECT coalesce(array_agg(m.id ORDER BY m.id), '{}') FROM "Individual" m WHERE m."mergedIntoId" = hit.id) AS "mergedIds"
       FROM hit`,
    [values],
  );
  const people = found.rows;
  const ids = [...new Set(people.flatMap((person) => idsAcrossMerges(person)))];
  const [screens, referrals, determinations, appeals, admissions, stays, locs] = await Promise.all([
    pools.screenings.query(`SELECT * FROM "LevelOneScreen" WHERE "individualId" = ANY($1::uuid[]) ORDER BY "screenedOn" DESC, id DESC`, [ids]),
    pools.screenings.query(`SELECT * FROM "LevelTwoReferral" WHERE "individualId" = ANY($1::uuid[]) ORDER BY "referredOn", id`, [ids]),
    pools.screenings.query(
      `SELECT d.* FROM "LevelTwoDetermination" d JOIN "LevelTwoReferral" r ON r.id = d."referralId" WHERE r."individualId" = ANY($1::uuid[])`,
      [ids],
    ),
    pools.screenings.query(
      `SELECT a.* FROM "Appeal" a JOIN "LevelTwoDetermination" d ON d.id = a."determinationId" JOIN "LevelTwoReferral" r ON r.id = d."referralId"
        WHERE r."individualId" = ANY($1::uuid[])`,
      [ids],
    ),
    pools.screenings.query(`SELECT * FROM "NursingFacilityAdmission" WHERE "individualId" = ANY($1::uuid[]) ORDER BY "admittedOn", id`, [ids]),
    pools.facilities.query(
      `SELECT s.*, f."providerNumber" FROM "Stay" s JOIN "Facility" f ON f.id = s."facilityId" WHERE s."individualId" = ANY($1::uuid[]) ORDER BY s."admittedOn" DESC, s.id DESC`,
      [ids],
    ),
    pools.levelofcare.query(`SELECT * FROM "LevelOfCareDetermination" WHERE "individualId" = ANY($1::uuid[]) ORDER BY "effectiveFrom" DESC, id DESC`, [ids]),
  ]);
  const appealsOf = new Map<string, unknown[]>();
  for (const appeal of appeals.rows) appealsOf.set(appeal.determinationId, [...(appealsOf.get(appeal.determinationId) ?? []), appeal]);
  const determinationOf = new Map(determinations.rows.map((d) => [d.referralId as string, { ...d, appeals: appealsOf.get(d.id) ?? [] }]));
  const levelTwo = byIndividual(referrals.rows.map((r) => ({ ...r, determination: determinationOf.get(r.id) ?? null })));
  const [screensOf, admissionsOf, staysOf, locsOf] = [
    byIndividual(screens.rows),
    byIndividual(admissions.rows),
    byIndividual(stays.rows),
    byIndividual(locs.rows),
  ];

  const answers = new Map<ClaimLine, LineAnswer>();
  for (const person of people) {
    const mine = linesOf(lines, person.identifiers);
    if (mine.length === 0) continue;
    const personIds = idsAcrossMerges(person);
    // screenings: the compliance history, then only the fields levelofcare @requires.
    const pasrr = complianceFromRows(settings.timeZone, across(screensOf, personIds), across(levelTwo, personIds), across(admissionsOf, personIds)).map(
      (p) => ({
        from: p.from,
        through: p.through,
        status: p.status,
        reason: p.reason,
        recordIds: p.recordIds,
        knownFrom: p.knownFrom,
        knownThrough: p.knownThrough,
      }),
    );
    // facilities: the stays across merges, latest admission first, with the fields levelofcare @requires.
    const personStays = across(staysOf, personIds)
      .sort((a, b) => b.admittedOn.getTime() - a.admittedOn.getTime() || (a.id < b.id ? 1 : -1))
      .map((stay) => ({
        admittedOn: fromDbDate(stay.admittedOn),
        dischargedOn: stay.dischargedOn ? fromDbDate(stay.dischargedOn) : null,
        facility: { id: stay.facilityId as string, providerNumber: (stay.providerNumber as string | null) ?? "" },
        payerPeriods: storedPayerPeriods(stay.payerPeriods).map((p) => ({ payer: p.payer, startsOn: p.startsOn, endsOn: p.endsOn })),
        leavePeriods: storedLeavePeriods(stay.leavePeriods).map((l) => ({ kind: l.kind, leftOn: l.leftOn, returnedOn: l.returnedOn })),
      }));
    // levelofcare: the facts personCoverageFacts gathers, today's answer (no asOf).
    const rows = knownOn(across(locsOf, personIds), null, settings.timeZone);
    const facts = coverageFactsFrom(rows, personStays, compliancePeriodsKnownOn(pasrr, null), settings.bedHoldDaysPerYear);
    for (const line of mine) {
      if (answers.has(line)) continue;
      const answer = coverageFrom(facts, line.from, line.to, line.providerNumber ?? null);
      answers.set(line, {
        line: line.line,
        coveredSpans: answer.coveredSpans.map((s) => ({
          from: s.from,
          through: s.through,
          levelOfCareType: s.levelOfCareType,
          determinationId: s.determinationId,
        })),
        uncoveredSpans: answer.uncoveredSpans.map((s) => ({ from: s.from, through: s.through, reason: s.reason })),
      });
    }
  }
  return lines.map((line) => answers.get(line) ?? null);
}

/** An answer's bytes as the gateway sends them: Apollo Server ends every JSON answer with a newline. */
const asSent = (answer: unknown) => `${JSON.stringify(answer)}\n`;

/** The new contract's answer: `levelOfCareClaimBatch { lines }`, one per line in line order. */
export const batchContractJson = (answers: readonly (LineAnswer | null)[]) => asSent({ data: { levelOfCareClaimBatch: { lines: answers } } });

/**
 * The current contract's answer: `individualsByIdentifiers(identifiers) { levelOfCareClaimCoverage(lines) }`,
 * one entry per identifier asked (null where it names nobody), each holding the lines naming that
 * identifier, the per-line answers regrouped.
 */
export function perPersonContractJson(
  identifiers: readonly { issuer: string; value: string }[],
  lines: readonly ClaimLine[],
  answers: readonly (LineAnswer | null)[],
) {
  const byKey = new Map<string, LineAnswer[]>();
  lines.forEach((line, n) => {
    const answer = answers[n];
    if (!answer) return;
    const key = medicaidKey(line.issuer, line.medicaidId);
    byKey.set(key, [...(byKey.get(key) ?? []), answer]);
  });
  const people = identifiers.map((id) => {
    const mine = byKey.get(medicaidKey(id.issuer, id.value));
    return mine ? { levelOfCareClaimCoverage: mine } : null;
  });
  return asSent({ data: { individualsByIdentifiers: people } });
}
