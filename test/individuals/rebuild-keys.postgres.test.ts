import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/**
 * `npm run individuals:rebuild-keys` (issue 21): people registered under older key rules get the
 * current keys from their records, so a newcomer written another way finds them.
 */
const register = `mutation Register($input: RegisterIndividualInput!) {
  registerIndividual(input: $input) { outcome individual { id } candidates { individual { id } } }
}`;
const person = {
  givenName: "Perpetua",
  familyName: "Ravenscroft",
  birthDate: "1939-05-21",
  sex: "FEMALE",
  postalCode: "45212",
  addressLine1: "3 Kiln Row",
  county: "Hamilton",
  state: "OH",
};

describe("rebuilding the blocking keys of the people on record", () => {
  let hub: TestHub;
  let token: string;
  let db: pg.Client;
  const ask = (input: Record<string, unknown>) => graphql(hub.subgraphs.individuals!.url, register, { token, variables: { input } });

  beforeAll(async () => {
    hub = await startTestHub({ only: ["individuals"], database: "postgres" });
    token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    db = new pg.Client({ connectionString: hub.env.INDIVIDUALS_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await hub?.stop();
  });

  it("replaces a record's old keys by the current ones; a swapped-name newcomer then finds the person", async () => {
    const first = await ask(person);
    const id: string = first.data!.registerIndividual.individual.id;
    // As if registered under rules that made only an old-style key.
    await db.query(`DELETE FROM "BlockingKey" WHERE "individualId" = $1`, [id]);
    await db.query(`INSERT INTO "BlockingKey" ("key", "individualId") VALUES ('FGY:old', $1)`, [id]);

    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/rebuild-blocking-keys.ts"], {
      env: { ...process.env, INDIVIDUALS_DATABASE_URL: hub.env.INDIVIDUALS_DATABASE_URL },
    });
    expect(stdout).toMatch(/rebuilt \d+ key\(s\) of 1 record\(s\)/);
    const keys = (await db.query(`SELECT "key" FROM "BlockingKey" WHERE "individualId" = $1`, [id])).rows.map((row: { key: string }) => row.key);
    expect(keys).not.toContain("FGY:old");
    expect(keys).toEqual(expect.arrayContaining(["BDS:1939:05:21:FEMALE", "DZ:1939:05:21:45212", "F:RAVANSCRAFT"]));

    const swapped = await ask({ ...person, givenName: person.familyName, familyName: person.givenName });
    expect(swapped.errors).toBeUndefined();
    expect(swapped.data!.registerIndividual.candidates.map((c: { individual: { id: string } }) => c.individual.id)).toEqual([id]);
  });
});
