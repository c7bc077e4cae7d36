import { openDatabase, type Database } from "@pasrr/db/database";
import { StatementLog, withStatementLog } from "@pasrr/db/statement-log";
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let database: Database;

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite", dataDir: "memory://", variable: "X" });
  const setup = await database.adapter.connect();
  await setup.executeScript("create table item (id int primary key, name text not null)");
});
afterAll(() => database.close());

const sql = (text: string, ...args: unknown[]): SqlQuery => ({
  sql: text,
  args,
  argTypes: args.map(() => ({ scalarType: "int", arity: "scalar" }) as const),
});

function logged(record = false): { log: StatementLog; factory: SqlMigrationAwareDriverAdapterFactory } {
  const log = new StatementLog();
  log.record = record;
  return { log, factory: withStatementLog(database.adapter, log) };
}

describe("withStatementLog", () => {
  it("keeps the wrapped factory's provider and adapter name", () => {
    const { factory } = logged();
    expect(factory.provider).toBe(database.adapter.provider);
    expect(factory.adapterName).toBe(database.adapter.adapterName);
  });

  it("counts each query and command sent through a connected adapter, and still returns their results", async () => {
    const { log, factory } = logged();
    const adapter = await factory.connect();
    expect(await adapter.executeRaw(sql("insert into item (id, name) values ($1, 'one')", 1))).toBe(1);
    const result = await adapter.queryRaw(sql("select id, name from item where id = $1", 1));
    expect(result.rows).toEqual([[1, "one"]]);
    await adapter.queryRaw(sql("select count(*) from item"));
    expect(log.count).toBe(3);
    expect(log.statements).toEqual([]);
  });

  it("counts the statements run inside a transaction, which still commits", async () => {
    const { log, factory } = logged(true);
    const adapter = await factory.connect();
    const transaction = await adapter.startTransaction();
    const before = log.count;
    await transaction.executeRaw(sql("insert into item (id, name) values ($1, 'two')", 2));
    await transaction.queryRaw(sql("select name from item where id = $1", 2));
    await transaction.commit();
    expect(log.count - before).toBe(2);
    expect(log.statements.slice(-2)).toEqual(["insert into item (id, name) values ($1, 'two')", "select name from item where id = $1"]);
    expect((await adapter.queryRaw(sql("select name from item where id = $1", 2))).rows).toEqual([["two"]]);
  });

  it("records the SQL text in order when `record` is on, and reset clears count and text", async () => {
    const { log, factory } = logged(true);
    const adapter = await factory.connect();
    await adapter.queryRaw(sql("select 1"));
    await adapter.queryRaw(sql("select 2"));
    expect(log.count).toBe(2);
    expect(log.statements).toEqual(["select 1", "select 2"]);
    log.reset();
    expect(log.count).toBe(0);
    expect(log.statements).toEqual([]);
  });

  it("counts nothing sent through the unwrapped adapter", async () => {
    const { log } = logged(true);
    const plain = await database.adapter.connect();
    await plain.queryRaw(sql("select 1"));
    expect(log.count).toBe(0);
  });
});
