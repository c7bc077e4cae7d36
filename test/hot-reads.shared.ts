import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Principal } from "@pasrr/auth/principal";
import { roles, type Role } from "@pasrr/auth/roles";
import { repoRoot } from "@pasrr/config/repo-paths";
import { openDatabase, type Database } from "@pasrr/db/database";
import { defaultPostgresSettings } from "@pasrr/db/database-config";
import { applyPendingMigrations, prismaFolder } from "@pasrr/db/migrations";
import { runSqlRead } from "@pasrr/db/sql-reads/sql-read";
import { StatementLog, withStatementLog } from "@pasrr/db/statement-log";
import { RequestDatabase } from "@pasrr/subgraph-kit/idempotency/request-database";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stayScope } from "../subgraphs/facilities/src/access/census.access.ts";
import { createClient as facilitiesClient, type FacilitiesDb } from "../subgraphs/facilities/src/db.ts";
import { createLoaders as facilitiesLoaders } from "../subgraphs/facilities/src/loaders.ts";
import { stayWhere } from "../subgraphs/facilities/src/stay/stay.store.ts";
import { createClient as individualsClient, type IndividualsDb } from "../subgraphs/individuals/src/db.ts";
import { createLoaders as individualsLoaders } from "../subgraphs/individuals/src/loaders.ts";
import { readScope } from "../subgraphs/levelofcare/src/access/read-scope.access.ts";
import { createClient as levelOfCareClient, type LevelOfCareDb } from "../subgraphs/levelofcare/src/db.ts";
import { determinationWhere } from "../subgraphs/levelofcare/src/determination/determination.store.ts";
import { createLoaders as levelOfCareLoaders } from "../subgraphs/levelofcare/src/loaders.ts";
import { createClient as screeningsClient, type ScreeningsDb } from "../subgraphs/screenings/src/db.ts";
import { createLoaders as screeningsLoaders } from "../subgraphs/screenings/src/loaders.ts";
import { createScratchDatabases } from "./support/postgres.ts";

/**
 * Issue 20: the hot loaders read below Prisma's row mapping. For each, on a real database, the
 * rows must be exactly those Prisma's `findMany` returns with the same filter (every column, its
 * type, null, enum, JSON, array and date), for every role's scope, in one statement per batch,
 * also inside an idempotent mutation's transaction.
 */

type Kind = "pglite" | "postgres";
const subgraphNames = ["individuals", "screenings", "levelofcare", "facilities"] as const;
type Opened = { database: Database; statements: StatementLog };

async function openAll(kind: Kind) {
  const scratch = kind === "postgres" ? await createScratchDatabases(subgraphNames) : undefined;
  const opened = {} as Record<(typeof subgraphNames)[number], Opened>;
  for (const name of subgraphNames) {
    const database = await openDatabase(
      scratch
        ? { kind: "postgres", url: scratch.urls[name]!, variable: "TEST", settings: defaultPostgresSettings }
        : ({ kind: "pglite", dataDir: `memory://hot-reads-${name}` } as never),
    );
    await applyPendingMigrations(database, prismaFolder(path.join(repoRoot, `subgraphs/${name}/prisma`)));
    opened[name] = { database, statements: new StatementLog() };
  }
  return { opened, drop: () => scratch?.drop() };
}

const facilityA = randomUUID();
const facilityB = randomUUID();
const hospital = randomUUID();
const [alice, bob, carol, nobody] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

/** Every role, and within a role the scopes that test the edges: case, blanks, upper-case ids, a claim that is no uuid. */
const principals: Principal[] = roles.flatMap((role: Role): Principal[] => {
  const base = { subject: "hot-reads", organisationId: `org-${role}`, role, counties: [] as string[], facilityIds: [] as string[] };
  if (role === "PAA")
    return [
      { ...base, counties: ["Hamilton"] },
      { ...base, counties: [" hamilton ", "BUTLER"] },
      { ...base, counties: [] },
    ];
  if (role === "NURSING_FACILITY" || role === "HOSPITAL")
    return [
      { ...base, facilityIds: [facilityA] },
      { ...base, facilityIds: [facilityB.toUpperCase(), hospital] },
      { ...base, facilityIds: [] },
    ];
  return [base];
});
const describePrincipal = (p: Principal) => `${p.role} ${JSON.stringify({ counties: p.counties, facilityIds: p.facilityIds })}`;

/** Loads keys through a loader as one batch and checks it cost one statement. */
async function oneBatch<V>(statements: StatementLog, load: () => Promise<V>): Promise<V> {
  statements.reset();
  const loaded = await load();
  expect(statements.count).toBe(1);
  return loaded;
}

const sortedById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

export function hotReadsSuite(kind: Kind) {
  describe(`hot loaders read the rows Prisma reads, on ${kind}`, () => {
    let all: Awaited<ReturnType<typeof openAll>>;
    let individuals: IndividualsDb;
    let screenings: ScreeningsDb;
    let levelofcare: LevelOfCareDb;
    let facilities: FacilitiesDb;
    const client = <C>(make: (adapter: never) => C, { database, statements }: Opened) => make(withStatementLog(database.adapter, statements) as never);

    beforeAll(async () => {
      all = await openAll(kind);
      individuals = client(individualsClient, all.opened.individuals);
      screenings = client(screeningsClient, all.opened.screenings);
      levelofcare = client(levelOfCareClient, all.opened.levelofcare);
      facilities = client(facilitiesClient, all.opened.facilities);
      await seed(individuals, screenings, levelofcare, facilities);
    });
    afterAll(async () => {
      for (const db of [individuals, screenings, levelofcare, facilities]) await db?.$disconnect();
      for (const { database } of Object.values(all?.opened ?? {})) await database.close();
      await all?.drop();
    });

    it("individual: each asked id yields its row or its merge survivor, a miss null", async () => {
      const ids = [alice, bob, carol, nobody];
      const loaded = await oneBatch(all.opened.individuals.statements, () => individualsLoaders(individuals, principals[0]!).individual.loadMany(ids));
      const rows = await individuals.individual.findMany({ where: { id: { in: ids } }, include: { mergedInto: true }, relationLoadStrategy: "join" });
      const expected = ids.map((id) => {
        const row = rows.find((candidate) => candidate.id === id);
        if (!row) return null;
        const { mergedInto, ...person } = row;
        return { askedId: id, person: mergedInto ?? person };
      });
      expect(loaded).toEqual(expected);
      expect((loaded[1] as { person: { id: string } }).person.id).toBe(alice);
    });

    it("levelOneScreensByIndividual: every screen, newest first, as Prisma orders them", async () => {
      const ids = [alice, bob, carol, nobody];
      const loaded = await oneBatch(all.opened.screenings.statements, () =>
        screeningsLoaders(screenings, principals[0]!).levelOneScreensByIndividual.loadMany(ids),
      );
      const rows = await screenings.levelOneScreen.findMany({ where: { individualId: { in: ids } }, orderBy: [{ screenedOn: "desc" }, { id: "desc" }] });
      expect(loaded).toEqual(ids.map((id) => rows.filter((row) => row.individualId === id)));
      expect(rows.length).toBeGreaterThan(2);
    });

    it("levelTwoRecordsByIndividual: each referral, oldest first, with its determination (or null) and that determination's appeals in filing order", async () => {
      const ids = [alice, bob, carol, nobody];
      const loaded = await oneBatch(all.opened.screenings.statements, () =>
        screeningsLoaders(screenings, principals[0]!).levelTwoRecordsByIndividual.loadMany(ids),
      );
      const rows = await screenings.levelTwoReferral.findMany({
        where: { individualId: { in: ids } },
        include: { determination: { include: { appeals: { orderBy: [{ filedOn: "asc" }, { id: "asc" }] } } } },
        orderBy: [{ referredOn: "asc" }, { id: "asc" }],
        relationLoadStrategy: "join",
      });
      expect(loaded).toEqual(ids.map((id) => rows.filter((row) => row.individualId === id)));
      const records = (loaded[0] as typeof rows).map(
        (record) => record.determination?.appeals.map((appeal) => appeal.filedOn.toISOString().slice(0, 10)) ?? null,
      );
      expect(records).toEqual([["2026-01-12", "2026-01-20"], []]);
      expect((loaded[1] as typeof rows).map((record) => record.determination)).toEqual([null]);
    });

    it("admissionsByIndividual: every NF admission, oldest first, as Prisma orders them", async () => {
      const ids = [alice, bob, carol, nobody];
      const loaded = await oneBatch(all.opened.screenings.statements, () => screeningsLoaders(screenings, principals[0]!).admissionsByIndividual.loadMany(ids));
      const rows = await screenings.nursingFacilityAdmission.findMany({
        where: { individualId: { in: ids } },
        orderBy: [{ admittedOn: "asc" }, { id: "asc" }],
      });
      expect(loaded).toEqual(ids.map((id) => rows.filter((row) => row.individualId === id)));
      expect(rows.length).toBe(3);
    });

    it.each(principals.map((p) => [describePrincipal(p), p] as const))("determinationsByIndividual in the scope of %s", async (_name, principal) => {
      const ids = [alice, bob, carol, nobody];
      const loaded = await oneBatch(all.opened.levelofcare.statements, () =>
        levelOfCareLoaders(levelofcare, principal).determinationsByIndividual.loadMany(ids),
      );
      const rows = await levelofcare.levelOfCareDetermination.findMany({
        where: { AND: [{ individualId: { in: ids } }, determinationWhere(readScope(principal))] },
        orderBy: [{ effectiveFrom: "desc" }, { id: "desc" }],
      });
      expect(loaded).toEqual(ids.map((id) => rows.filter((row) => row.individualId === id)));
    });

    it.each(principals.map((p) => [describePrincipal(p), p] as const))("staysByIndividual in the scope of %s", async (_name, principal) => {
      const ids = [alice, bob, carol, nobody];
      const loaded = await oneBatch(all.opened.facilities.statements, () => facilitiesLoaders(facilities, principal).staysByIndividual.loadMany(ids));
      const rows = await facilities.stay.findMany({
        where: { AND: [{ individualId: { in: ids } }, stayWhere(stayScope(principal))] },
        orderBy: [{ admittedOn: "desc" }, { id: "desc" }],
      });
      expect(loaded).toEqual(ids.map((id) => rows.filter((row) => row.individualId === id)));
    });

    it("the scopes are not vacuous: the state sees every seeded row, a PAA some, an authority none", async () => {
      const [state, hamilton, authority] = ["STATE_MEDICAID_AGENCY", "PAA", "MH_AUTHORITY"].map((role) => principals.find((p) => p.role === role)!);
      const count = async (principal: Principal) => {
        const determinations = (await levelOfCareLoaders(levelofcare, principal).determinationsByIndividual.loadMany([alice, bob, carol])).flat().length;
        const stays = (await facilitiesLoaders(facilities, principal).staysByIndividual.loadMany([alice, bob, carol])).flat().length;
        return { determinations, stays };
      };
      expect(await count(state!)).toEqual({ determinations: 5, stays: 4 });
      const paa = await count(hamilton!);
      expect(paa.determinations).toBeGreaterThan(0);
      expect(paa.determinations).toBeLessThan(5);
      expect(paa.stays).toBeGreaterThan(0);
      expect(paa.stays).toBeLessThan(4);
      expect(await count(authority!)).toEqual({ determinations: 0, stays: 0 });
    });

    it("facility: by id, misses as null", async () => {
      const ids = [facilityA, facilityB, hospital, nobody];
      const loaded = await oneBatch(all.opened.facilities.statements, () => facilitiesLoaders(facilities, principals[0]!).facility.loadMany(ids));
      const rows = await facilities.facility.findMany({ where: { id: { in: ids } } });
      expect(loaded).toEqual(ids.map((id) => rows.find((row) => row.id === id) ?? null));
    });

    it("through a request's view of the database the hot reads take the adapter's path, and inside an idempotent mutation's transaction they run in it and see its writes", async () => {
      const requestDb = new RequestDatabase(facilities);
      const statements = all.opened.facilities.statements;
      const principal = principals.find((p) => p.role === "STATE_MEDICAID_AGENCY")!;
      const person = randomUUID();
      const seen = await facilities.$transaction(async (tx) =>
        requestDb.within(tx, async () => {
          await tx.stay.create({ data: stay(person, facilityA, "2026-01-05", {}) });
          expect((await runSqlRead(requestDb.client, probe)).wire).toBe(false);
          statements.reset();
          const loaded = await facilitiesLoaders(requestDb.client, principal).staysByIndividual.load(person);
          expect(statements.count).toBe(1);
          return loaded;
        }),
      );
      expect(seen.map((row) => row.individualId)).toEqual([person]);
      statements.reset();
      statements.record = true;
      const outside = await facilitiesLoaders(requestDb.client, principal).staysByIndividual.load(person);
      statements.record = false;
      expect(outside).toEqual(seen);
      expect((await runSqlRead(requestDb.client, probe)).wire).toBe(true);
      expect(statements.statements).toEqual([expect.stringContaining('"stay"."individualId" = ANY($1::uuid[])')]);
      expect(sortedById(seen)).toEqual(await facilities.stay.findMany({ where: { individualId: person }, orderBy: { id: "asc" } }));
    });
  });
}

/** A statement that shows which path a hot read took (`wire`: through the adapter's queryRaw). */
const probe = { sql: "SELECT 1", args: [], argTypes: [] };

function stay(individualId: string, facilityId: string, admittedOn: string, extra: Record<string, unknown>) {
  return {
    individualId,
    facilityId,
    admittedOn: toDbDate(admittedOn as never),
    admissionSource: "HOSPITAL_INPATIENT" as const,
    payerPeriods: [{ payer: "MEDICAID", startsOn: admittedOn, endsOn: null }],
    leavePeriods: [],
    eventIds: [randomUUID()],
    ...extra,
  };
}

async function seed(individuals: IndividualsDb, screenings: ScreeningsDb, levelofcare: LevelOfCareDb, facilities: FacilitiesDb) {
  const person = { familyName: "Hotread", county: "Hamilton", state: "OH" };
  await individuals.individual.create({ data: { ...person, id: alice, givenName: "Alma", birthDate: toDbDate("1941-02-03") } });
  await individuals.individual.create({
    data: { ...person, id: bob, givenName: "Bert", birthDate: toDbDate("1942-03-04"), status: "MERGED", mergedIntoId: alice, mergedAt: new Date() },
  });
  await individuals.individual.create({
    data: {
      ...person,
      id: carol,
      givenName: "Cora",
      middleName: "Q",
      suffix: "Jr",
      birthDate: toDbDate("1939-12-31"),
      sex: "FEMALE",
      addressLine1: "1 Synthetic Way",
      addressLine2: "Unit 2",
      city: "Testville",
      postalCode: "45000",
      ssnLastFour: "0000",
    },
  });

  await screenings.levelOneScreen.create({ data: { individualId: alice, submittingOrganisationId: "org-1", screenedOn: toDbDate("2026-01-02") } });
  await screenings.levelOneScreen.create({
    data: {
      individualId: alice,
      submittingOrganisationId: "org-2",
      screenedOn: toDbDate("2026-01-02"),
      facilityId: facilityA,
      facilityCounty: "Hamilton",
      reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
      currentSetting: "HOSPITAL_INPATIENT",
      indications: { mentalIllness: { diagnoses: ["SCHIZOPHRENIA"] }, note: "ünïcode ✓" },
      dementia: "PRIMARY",
      levelTwoCategory: "DUAL",
      outcome: "LEVEL_II_REQUIRED",
      validThrough: toDbDate("2026-03-02"),
      categoricalStatus: "REQUESTED",
      categoricalDueOn: toDbDate("2026-01-09"),
    },
  });
  const bobScreen = await screenings.levelOneScreen.create({
    data: { individualId: bob, submittingOrganisationId: "org-3", screenedOn: toDbDate("2025-11-30"), indications: [] },
  });
  await seedLevelTwoRecords(screenings, bobScreen.id);

  const determination = { levelOfCareType: "NF_SKILLED" as const, decision: "APPROVED" as const };
  await levelofcare.levelOfCareDetermination.create({
    data: { ...determination, individualId: alice, facilityId: facilityA, county: "Hamilton", effectiveFrom: toDbDate("2026-01-01") },
  });
  await levelofcare.levelOfCareDetermination.create({
    data: {
      ...determination,
      individualId: alice,
      facilityId: facilityB,
      county: "HAMILTON",
      effectiveFrom: toDbDate("2026-01-01"),
      effectiveThrough: toDbDate("2026-06-30"),
      medicaidApplicationFiledOn: toDbDate("2025-12-15"),
      reviewKind: "RETROSPECTIVE",
      retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
      medicaidId: "SYN000001",
    },
  });
  await levelofcare.levelOfCareDetermination.create({
    data: { ...determination, individualId: bob, county: "Butler", effectiveFrom: toDbDate("2025-10-01"), decision: "DENIED" },
  });
  await levelofcare.levelOfCareDetermination.create({
    data: { ...determination, individualId: carol, county: null, facilityId: null, effectiveFrom: toDbDate("2025-09-01") },
  });
  await levelofcare.levelOfCareDetermination.create({
    data: { ...determination, individualId: carol, facilityId: hospital, county: "Clermont", effectiveFrom: toDbDate("2025-08-01") },
  });

  const registry = {
    addressLine: "1 Registry Rd",
    city: "Testville",
    postalCode: "45000",
    state: "OH",
    region: "SW",
    medicaidCertified: true,
    certifiedBeds: 90,
  };
  await facilities.facility.create({
    data: { ...registry, id: facilityA, providerNumber: "HOT-A", name: "Hot A", type: "NURSING_FACILITY", county: "Hamilton", npi: "1234567890" },
  });
  await facilities.facility.create({
    data: { ...registry, id: facilityB, providerNumber: "HOT-B", name: "Hot B", type: "NURSING_FACILITY", county: "Butler" },
  });
  await facilities.facility.create({
    data: {
      ...registry,
      id: hospital,
      providerNumber: "HOT-H",
      name: "Hot H",
      type: "HOSPITAL",
      county: "Hamilton",
      medicaidCertified: false,
      certifiedBeds: 0,
    },
  });
  await facilities.stay.create({
    data: stay(alice, facilityA, "2026-01-03", {
      admittedFromFacilityId: hospital,
      dischargedOn: toDbDate("2026-02-01"),
      endReason: "DISCHARGED",
      dischargeDestination: "HOME_OR_COMMUNITY",
      leavePeriods: [{ kind: "HOSPITAL_LEAVE", leftOn: "2026-01-10", returnedOn: "2026-01-12" }],
      payerPeriods: [
        { payer: "MEDICARE_PART_A", startsOn: "2026-01-03", endsOn: "2026-01-20" },
        { payer: "MEDICAID", startsOn: "2026-01-20", endsOn: null },
      ],
    }),
  });
  await facilities.stay.create({ data: stay(alice, facilityB, "2026-02-01", { eventIds: [randomUUID(), randomUUID()] }) });
  await facilities.stay.create({ data: stay(bob, facilityB, "2025-11-01", { admissionSource: "COMMUNITY" }) });
  await facilities.stay.create({ data: stay(carol, facilityA, "2025-11-01", { admittedFromFacilityId: hospital, eventIds: [] }) });
}

/** Level II records with every edge the compliance read meets: no determination yet, a determination without appeals, one with two (filed out of id order), nulls and arrays; and NF admissions. */
async function seedLevelTwoRecords(screenings: ScreeningsDb, screenId: string) {
  const referral = (individualId: string, referredOn: string, extra: Record<string, unknown> = {}) =>
    screenings.levelTwoReferral.create({
      data: { screenId, individualId, authority: "MH", referredOn: toDbDate(referredOn), dueOn: toDbDate("2026-02-01"), ...extra },
    });
  const determination = (referralId: string, individualId: string, determinedOn: string, extra: Record<string, unknown> = {}) =>
    screenings.levelTwoDetermination.create({
      data: {
        referralId,
        individualId,
        conditionConfirmed: true,
        needsNursingFacilityServices: true,
        needsSpecializedServices: false,
        recommendedServices: [],
        approvalPeriod: "ONGOING",
        evaluatorName: "Synthetic Evaluator",
        evaluatedOn: toDbDate(determinedOn),
        determinedOn: toDbDate(determinedOn),
        determinedByOrganisationId: "org-mh",
        outcome: "ADMISSION_ALLOWED",
        outcomeSource: "hot-reads seed",
        policyState: "OH",
        ...extra,
      },
    });
  const first = await referral(alice, "2026-01-03", { facilityId: facilityA, facilityCounty: "Hamilton", status: "DETERMINED" });
  const denied = await determination(first.id, alice, "2026-01-08", {
    needsNursingFacilityServices: false,
    seriousMentalIllnessPrimary: true,
    recommendedServices: ["COUNSELING", "ünïcode ✓"],
    approvalPeriod: "TIME_LIMITED",
    approvedThrough: toDbDate("2026-04-08"),
    outcome: "DENIED",
    specializedServicesProvider: "STATE_AUTHORITY",
  });
  const appeal = (filedOn: string, extra: Record<string, unknown> = {}) =>
    screenings.appeal.create({
      data: {
        determinationId: denied.id,
        individualId: alice,
        filedOn: toDbDate(filedOn),
        filedByOrganisationId: "org-rep",
        grounds: "hot-reads seed",
        ...extra,
      },
    });
  await appeal("2026-01-20", { level: 2, status: "UPHELD", decidedOn: toDbDate("2026-02-10"), decidedByOrganisationId: "org-state" });
  await appeal("2026-01-12");
  const second = await referral(alice, "2026-01-03", { authority: "DD", awaitsAuthority: "MH", followsDeterminationId: denied.id });
  await determination(second.id, alice, "2026-01-09");
  await referral(bob, "2025-12-01");
  for (const [individualId, admittedOn, screen] of [
    [alice, "2026-01-03", screenId],
    [alice, "2026-02-01", null],
    [carol, "2025-11-01", null],
  ] as const) {
    await screenings.nursingFacilityAdmission.create({
      data: { individualId, facilityId: facilityA, admittedOn: toDbDate(admittedOn), screenId: screen, triggerEventId: screen ? randomUUID() : null },
    });
  }
}
