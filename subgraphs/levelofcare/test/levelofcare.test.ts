import { randomUUID } from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import { levelOfCareUnderTest } from "./support.ts";

const demoDeterminationId = "0193a000-0000-7000-8000-00000000c001";
const demoPersonId = demoPeople[0]!.id;
const demoFacilityId = demoFacilities[0]!.id;

const subject = levelOfCareUnderTest({ seedDemoData: true });

/** Records one approved intermediate determination per effective date for a new person; returns the ids in the order given. */
async function personWithDeterminations(effectiveFrom: string[]): Promise<{ individualId: string; determinationIds: string[] }> {
  const individualId = randomUUID();
  const determinationIds = effectiveFrom.map(() => randomUUID());
  await subject.service.client.levelOfCareDetermination.createMany({
    data: effectiveFrom.map((date, n) => ({
      id: determinationIds[n]!,
      individualId,
      facilityId: demoFacilityId,
      levelOfCareType: "NF_INTERMEDIATE" as const,
      decision: "APPROVED" as const,
      effectiveFrom: toDbDate(date),
    })),
  });
  return { individualId, determinationIds };
}

const determinationsOf = `query Determinations($r: [_Any!]!) {
  _entities(representations: $r) { ... on Individual { id levelOfCareDeterminations { id effectiveFrom individual { id } } } }
}`;

async function resolveDeterminations(ids: unknown[]) {
  subject.service.statements.reset();
  const answer = await graphql(subject.url, determinationsOf, {
    token: subject.stateToken,
    variables: { r: ids.map((id) => ({ __typename: "Individual", id })) },
  });
  return { answer, statementCount: subject.service.statements.count };
}

type DeterminedPerson = { id: string; levelOfCareDeterminations: { id: string; effectiveFrom: string; individual: { id: string } }[] } | null;

const readOne = `query One($id: ID!) {
  levelOfCareDetermination(id: $id) {
    id levelOfCareType decision effectiveFrom effectiveThrough determinedAt
    individual { id }
    facility { id }
  }
}`;

describe("levelOfCareDetermination(id)", () => {
  it("returns the demo determination with calendar dates as YYYY-MM-DD and its person and facility as stubs", async () => {
    const answer = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id: demoDeterminationId } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.levelOfCareDetermination).toMatchObject({
      id: demoDeterminationId,
      levelOfCareType: "NF_INTERMEDIATE",
      decision: "APPROVED",
      effectiveFrom: "2026-09-14",
      effectiveThrough: "2027-03-13",
      individual: { id: demoPersonId },
      facility: { id: demoFacilityId },
    });
    expect(answer.data?.levelOfCareDetermination.determinedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("a determination that names no facility and no end date answers null for both", async () => {
    const id = randomUUID();
    await subject.service.client.levelOfCareDetermination.create({
      data: { id, individualId: randomUUID(), facilityId: null, levelOfCareType: "NF_SKILLED", decision: "DENIED", effectiveFrom: toDbDate("2026-12-31") },
    });
    const answer = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.levelOfCareDetermination).toMatchObject({
      id,
      decision: "DENIED",
      effectiveFrom: "2026-12-31",
      effectiveThrough: null,
      facility: null,
    });
  });

  it("an id that is not a uuid is BAD_USER_INPUT naming the argument; an unknown uuid is null", async () => {
    const malformed = await graphql(subject.url, `{ levelOfCareDetermination(id: "c001") { id } }`, { token: subject.stateToken });
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect(malformed.errors?.[0]?.extensions?.field).toBe("id");
    expect(malformed.data).toEqual({ levelOfCareDetermination: null });

    const unknown = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id: randomUUID() } });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ levelOfCareDetermination: null });
  });
});

describe("_entities for Individual (levelofcare adds levelOfCareDeterminations)", () => {
  it("an Individual stub resolves from its key alone, without reading the database", async () => {
    subject.service.statements.reset();
    const answer = await graphql(subject.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id } } }`, {
      token: subject.stateToken,
      variables: { r: [{ __typename: "Individual", id: demoPersonId }] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities).toEqual([{ id: demoPersonId }]);
    expect(subject.service.statements.count).toBe(0);
  });

  it.each([1, 25])("levelOfCareDeterminations for %i people costs one SQL statement, latest effective date first", async (count) => {
    const histories = [["2026-04-01", "2026-10-01"], [], ["2025-01-15"]];
    const people = await Promise.all(Array.from({ length: count }, (_, n) => personWithDeterminations(histories[n % histories.length]!)));
    const { answer, statementCount } = await resolveDeterminations(people.map((person) => person.individualId));
    expect(answer.errors).toBeUndefined();
    expect(statementCount).toBe(1);
    const found: DeterminedPerson[] = answer.data?._entities;
    expect(found.map((person) => person?.id)).toEqual(people.map((person) => person.individualId));
    people.forEach((person, n) => {
      const determinations = found[n]?.levelOfCareDeterminations ?? [];
      expect(determinations.map((determination) => determination.effectiveFrom)).toEqual([...histories[n % histories.length]!].sort().reverse());
      expect(new Set(determinations.map((determination) => determination.id))).toEqual(new Set(person.determinationIds));
      for (const determination of determinations) expect(determination.individual).toEqual({ id: person.individualId });
    });
  });

  it("duplicates in the batch still cost one statement and each place is filled", async () => {
    const person = await personWithDeterminations(["2026-05-05"]);
    const { answer, statementCount } = await resolveDeterminations([person.individualId, demoPersonId, person.individualId]);
    expect(answer.errors).toBeUndefined();
    expect(statementCount).toBe(1);
    const found: DeterminedPerson[] = answer.data?._entities;
    expect(found.map((entry) => entry?.levelOfCareDeterminations.map((determination) => determination.id))).toEqual([
      person.determinationIds,
      [demoDeterminationId],
      person.determinationIds,
    ]);
  });

  it("a malformed id in a batch does not spoil the other people's determinations", async () => {
    const person = await personWithDeterminations(["2026-06-06"]);
    const { answer } = await resolveDeterminations([person.individualId, "not-a-uuid"]);
    expect(errorCodes(answer)).not.toContain("INTERNAL_SERVER_ERROR");
    expect((answer.data?._entities as DeterminedPerson[])[0]?.levelOfCareDeterminations.map((d) => d.id)).toEqual(person.determinationIds);
  });

  it("an id written in capitals finds the same person's determinations", async () => {
    const person = await personWithDeterminations(["2026-07-07"]);
    const { answer } = await resolveDeterminations([person.individualId.toUpperCase()]);
    expect((answer.data?._entities as DeterminedPerson[])[0]?.levelOfCareDeterminations.map((d) => d.id)).toEqual(person.determinationIds);
  });
});

describe("_entities for Facility (a reference only: @key resolvable: false)", () => {
  it("a Facility representation is echoed as its key without reading the database", async () => {
    subject.service.statements.reset();
    const answer = await graphql(subject.url, `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Facility { id } } }`, {
      token: subject.stateToken,
      variables: { r: [{ __typename: "Facility", id: demoFacilityId }] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities).toEqual([{ __typename: "Facility", id: demoFacilityId }]);
    expect(subject.service.statements.count).toBe(0);
  });
});

describe("the service's doors", () => {
  it("a request with no token is HTTP 401 UNAUTHENTICATED", async () => {
    const answer = await graphql(subject.url, readOne, { variables: { id: demoDeterminationId } });
    expect(answer.status).toBe(401);
    expect(answer.data ?? null).toBeNull();
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
  });

  it("/health and /ready answer 200", async () => {
    const origin = new URL(subject.url).origin;
    expect((await request(origin).get("/health")).status).toBe(200);
    expect((await request(origin).get("/ready")).status).toBe(200);
  });
});
