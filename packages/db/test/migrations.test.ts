import { createMigration, prismaFolder, unmigratedSchemaChange, type PrismaFolder } from "@pasrr/db/migrations";
import { repoRoot } from "@pasrr/config/repo-paths";
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Each schema-engine run replays the migrations into a scratch PGlite: a few seconds apiece.
let tmp: string;
let folder: PrismaFolder;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp(path.join(repoRoot, "subgraphs", "facilities", "prisma"), path.join(tmp, "prisma"), { recursive: true });
  folder = prismaFolder(path.join(tmp, "prisma"));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const inspectionModel = `
model Inspection {
  id          String   @id @db.Uuid
  facilityId  String   @db.Uuid
  inspectedOn DateTime @db.Date
}
`;

// The three steps build on one copied folder, so they run in order.
describe("migrations of a copied prisma/ folder", () => {
  it("finds no unmigrated change when the migrations describe schema.prisma", async () => {
    expect(await unmigratedSchemaChange(folder)).toBeNull();
  });

  it("reports the SQL for a model added to schema.prisma without a migration", async () => {
    await appendFile(folder.schemaFile, inspectionModel);
    const script = await unmigratedSchemaChange(folder);
    expect(script).toMatch(/CREATE TABLE "Inspection"/);
    expect(script).toContain('"inspectedOn" DATE NOT NULL');
  });

  it("writes <14-digit stamp>_<name>/migration.sql, after which nothing is unmigrated", async () => {
    const before = await readdir(folder.migrationsDir);
    const dir = await createMigration(folder, "Add inspections", new Date("2026-12-01T10:20:30.456Z"));
    expect(dir).toBe(path.join(folder.migrationsDir, "20261201102030_add_inspections"));
    expect(path.basename(dir ?? "")).toMatch(/^\d{14}_add_inspections$/);
    expect(await readFile(path.join(dir ?? "", "migration.sql"), "utf8")).toMatch(/CREATE TABLE "Inspection"/);
    expect((await readdir(folder.migrationsDir)).sort()).toEqual([...before, "20261201102030_add_inspections"].sort());
    expect(await unmigratedSchemaChange(folder)).toBeNull();
  });
});
