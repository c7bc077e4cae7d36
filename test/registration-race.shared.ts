import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 21: registrations of one person racing each other yield one record. Sent at the same
 * moment through the real gateway (on PostgreSQL the requests really run side by side, each on
 * its own connection): the first is CREATED and every other one waits for it, then finds it and
 * is MATCHED — with or without an identifier to go by. People who share nothing are not held up.
 */
const registerIndividual = `mutation ($input: RegisterIndividualInput!) {
  registerIndividual(input: $input) { outcome individual { id } }
}`;
const racers = 8;
// A letter per test and run, so names never meet another test's (or an earlier run's) and block together.
const letters = "BCDFGHJKLMNPRSTVZ";
const surname = (stem: string) =>
  `${stem}${[0, 1, 2].map(() => letters[randomInt(letters.length)]).join("")}`.toLowerCase().replace(/^./, (c) => c.toUpperCase());
/** A random valid-format SSN (synthetic data only), new each run so the test never meets one registered before. */
const syntheticSsn = () => `${randomInt(100, 666)}-${randomInt(10, 100)}-${randomInt(1000, 10_000)}`;

export function registrationRaceSuite(database: "pglite" | "postgres") {
  describe(`registrations of one person racing each other (${database})`, () => {
    let hub: TestHub;
    let paa: string;

    type Answer = { registerIndividual: { outcome: string; individual: { id: string } } };
    async function registerAtOnce(inputs: Record<string, unknown>[], headers: () => Record<string, string> = () => ({})) {
      const answers = await Promise.all(
        inputs.map((input) => graphql<Answer>(hub.gatewayUrl!, registerIndividual, { token: paa, variables: { input }, headers: headers() })),
      );
      for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answers.map((answer) => answer.data!.registerIndividual);
    }
    const individuals = () => hub.subgraphs.individuals!.client;
    // Each test's people differ in every field blocking keys on, so no test's people meet another's.
    const person = (givenName: string, familyName: string, birthDate: string, postalCode: string, extra: Record<string, unknown> = {}) => ({
      givenName,
      familyName,
      birthDate,
      sex: "FEMALE",
      postalCode,
      county: "Hamilton",
      state: "OH",
      ...extra,
    });

    beforeAll(async () => {
      hub = await startTestHub({ database });
      paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    });
    afterAll(() => hub?.stop());

    it(`the same person without identifiers registered ${racers} times at once is one record: one CREATED, the rest MATCHED to it`, async () => {
      const familyName = surname("Racewell");
      const results = await registerAtOnce(Array.from({ length: racers }, () => person("Philippa", familyName, "1941-03-17", "45202")));

      expect(results.map((r) => r.outcome).sort()).toEqual(["CREATED", ...Array<string>(racers - 1).fill("MATCHED")]);
      expect(new Set(results.map((r) => r.individual.id)).size).toBe(1);
      expect(await individuals().individual.count({ where: { familyName } })).toBe(1);
    });

    it(`the same person with the same SSN registered ${racers} times at once is one record holding the SSN once, not a CONFLICT`, async () => {
      const familyName = surname("Samesen");
      const ssn = syntheticSsn();
      const results = await registerAtOnce(
        Array.from({ length: racers }, () => person("Henrietta", familyName, "1937-08-29", "45211", { identifiers: [{ type: "SSN", value: ssn }] })),
      );

      expect(results.map((r) => r.outcome).sort()).toEqual(["CREATED", ...Array<string>(racers - 1).fill("MATCHED")]);
      const [id] = new Set(results.map((r) => r.individual.id));
      expect(new Set(results.map((r) => r.individual.id)).size).toBe(1);
      expect(await individuals().individual.count({ where: { familyName } })).toBe(1);
      expect(await individuals().identifier.count({ where: { individualId: id!, type: "SSN" } })).toBe(1);
    });

    it("the same person registered at once in idempotent mutations (each its own key) is one record too: the lock joins the mutation's transaction", async () => {
      const familyName = surname("Keyworth");
      const results = await registerAtOnce(
        Array.from({ length: 4 }, () => person("Cordelia", familyName, "1944-12-01", "45220")),
        () => ({ "idempotency-key": randomUUID() }),
      );

      expect(results.map((r) => r.outcome).sort()).toEqual(["CREATED", "MATCHED", "MATCHED", "MATCHED"]);
      expect(await individuals().individual.count({ where: { familyName } })).toBe(1);
    });

    it("two different people registered at once are both CREATED, as two records", async () => {
      const [first, second] = [surname("Ashgrove"), surname("Wendlebury")];
      const results = await registerAtOnce([
        person("Rosalind", first, "1948-05-02", "45231"),
        person("Octavius", second, "1952-11-04", "45244", { sex: "MALE" }),
      ]);

      expect(results.map((r) => r.outcome)).toEqual(["CREATED", "CREATED"]);
      expect(results[0]!.individual.id).not.toBe(results[1]!.individual.id);
      expect(await individuals().individual.count({ where: { familyName: { in: [first, second] } } })).toBe(2);
    });
  });
}
