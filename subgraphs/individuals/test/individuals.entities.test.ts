import { describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import { individualsUnderTest } from "./support.ts";

/** `Individual @key(fields: "id")` as the router resolves it: `_entities`, batched into one query. */
const subject = individualsUnderTest();
const statements = () => subject.service.statements;

const entities = `query Entities($r: [_Any!]!) {
  _entities(representations: $r) { ... on Individual { id familyName birthDate state } }
}`;

const individual = (id: string) => ({ __typename: "Individual", id });

/** Registers `count` people, 10 aliased mutations per request (the root-field limit), and returns their ids. */
async function registerPeople(count: number, label: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 10) {
    const chunk = Array.from({ length: Math.min(10, count - start) }, (_, i) => start + i);
    const fields = chunk.map(
      (n) =>
        `p${n}: registerIndividual(input: { givenName: "P${n}", familyName: "${label}-${n}", birthDate: "1950-01-${String((n % 28) + 1).padStart(2, "0")}", county: "Hamilton", state: "OH" }) { individual { id } }`,
    );
    const answer = await graphql(subject.url, `mutation { ${fields.join("\n")} }`, { token: subject.stateToken });
    expect(answer.errors).toBeUndefined();
    for (const n of chunk) ids.push(answer.data?.[`p${n}`].individual.id as string);
  }
  return ids;
}

async function resolve(ids: unknown[]) {
  statements().reset();
  const answer = await graphql(subject.url, entities, { token: subject.stateToken, variables: { r: ids.map((id) => ({ __typename: "Individual", id })) } });
  return { answer, statementCount: statements().count };
}

describe("_entities for Individual", () => {
  it.each([1, 10, 50])("resolving %i representations costs exactly one SQL statement, in representation order", async (count) => {
    const ids = await registerPeople(count, `Batch${count}`);
    const asked = [...ids].reverse();
    const { answer, statementCount } = await resolve(asked);
    expect(answer.errors).toBeUndefined();
    expect(statementCount).toBe(1);
    const found: { id: string; familyName: string }[] = answer.data?._entities;
    expect(found.map((entity) => entity.id)).toEqual(asked);
    expect(found[0]?.familyName).toBe(`Batch${count}-${count - 1}`);
  });

  it("unknown and malformed ids resolve to null in their places, still in one statement", async () => {
    const [first, second] = await registerPeople(2, "Mixed");
    const { answer, statementCount } = await resolve([first, "0193a000-0000-7000-8000-0000deadbeef", "not-a-uuid", 42, second]);
    expect(answer.errors).toBeUndefined();
    expect(statementCount).toBe(1);
    expect(answer.data?._entities).toEqual([
      { id: first, familyName: "Mixed-0", birthDate: "1950-01-01", state: "OH" },
      null,
      null,
      null,
      { id: second, familyName: "Mixed-1", birthDate: "1950-01-02", state: "OH" },
    ]);
  });

  it("only malformed ids cost no statement at all", async () => {
    const { answer, statementCount } = await resolve(["not-a-uuid", "", "0193a000-0000-7000-8000"]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities).toEqual([null, null, null]);
    expect(statementCount).toBe(0);
  });

  it("duplicate ids in the list (in any letter case) still cost one statement and each place is filled", async () => {
    const [a, b] = await registerPeople(2, "Twice");
    if (!a || !b) throw new Error("registration returned too few ids");
    const { answer, statementCount } = await resolve([a, b, a, a.toUpperCase(), b]);
    expect(answer.errors).toBeUndefined();
    expect(statementCount).toBe(1);
    expect(answer.data?._entities.map((entity: { id: string } | null) => entity?.id)).toEqual([a, b, a, a, b]);
  });

  it("the one statement reads the rows with a single id list, not one row at a time", async () => {
    const ids = await registerPeople(5, "Sql");
    const log = statements();
    log.record = true;
    try {
      const { statementCount } = await resolve(ids);
      expect(statementCount).toBe(1);
      expect(log.statements).toHaveLength(1);
      expect(log.statements[0]).toMatch(/FROM\s+"[^"]+"\."Individual"/i);
      expect(log.statements[0]).toMatch(/"id"\s*(IN|=\s*ANY)/i);
    } finally {
      log.record = false;
    }
  });

  it("_entities needs a token like every other field (HTTP 401 UNAUTHENTICATED without one)", async () => {
    const answer = await graphql(subject.url, entities, { variables: { r: [individual("0193a000-0000-7000-8000-000000000001")] } });
    expect(answer.status).toBe(401);
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
  });
});
