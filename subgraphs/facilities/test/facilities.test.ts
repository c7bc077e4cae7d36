import { randomUUID } from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import { facilitiesUnderTest } from "./support.ts";

const [maple, riverbend, cedar] = demoFacilities.map((facility) => facility.id) as [string, string, string];
const nameOf = new Map(demoFacilities.map((facility) => [facility.id, facility.name]));

const subject = facilitiesUnderTest({ seedDemoData: true });

const facilityFields = "id providerNumber name type county state region";

describe("facility lookups", () => {
  it("facility(id) returns the demo facility", async () => {
    const answer = await graphql(subject.url, `query($id: ID!) { facility(id: $id) { ${facilityFields} } }`, {
      token: subject.stateToken,
      variables: { id: maple },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.facility).toEqual({ ...demoFacilities[0], type: "NURSING_FACILITY" });
  });

  it("facility(id) with an id that is not a uuid is BAD_USER_INPUT naming the argument; an unknown uuid is null", async () => {
    const malformed = await graphql(subject.url, `{ facility(id: "f001") { id } }`, { token: subject.stateToken });
    expect(errorCodes(malformed)).toEqual(["BAD_USER_INPUT"]);
    expect(malformed.errors?.[0]?.extensions?.field).toBe("id");
    expect(malformed.data).toEqual({ facility: null });

    const unknown = await graphql(subject.url, `query($id: ID!) { facility(id: $id) { id } }`, { token: subject.stateToken, variables: { id: randomUUID() } });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ facility: null });
  });

  it.each(["DEMO-NF-0001", "  DEMO-NF-0001 "])("facilityByProviderNumber(%j) finds the facility the payment system names", async (providerNumber) => {
    const answer = await graphql(subject.url, `query($n: String!) { facilityByProviderNumber(providerNumber: $n) { id providerNumber name } }`, {
      token: subject.stateToken,
      variables: { n: providerNumber },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.facilityByProviderNumber).toEqual({ id: maple, providerNumber: "DEMO-NF-0001", name: "Maple Terrace Care Center" });
  });

  it("facilityByProviderNumber for a number nobody holds is null", async () => {
    const answer = await graphql(subject.url, `{ facilityByProviderNumber(providerNumber: "DEMO-NF-9999") { id } }`, { token: subject.stateToken });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ facilityByProviderNumber: null });
  });
});

describe("facilities(first, after)", () => {
  const page = `query Page($first: Int!, $after: String) {
    facilities(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
  }`;

  it.each([0, 101])("first: %i is refused as BAD_USER_INPUT naming `first`", async (first) => {
    const answer = await graphql(subject.url, page, { token: subject.stateToken, variables: { first } });
    expect(answer.data).toBeNull();
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("first");
  });

  it("a forged cursor whose key is not a uuid is BAD_USER_INPUT naming `after`", async () => {
    const answer = await graphql(subject.url, page, { token: subject.stateToken, variables: { first: 2, after: Buffer.from("k:nope").toString("base64url") } });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("after");
  });
});

describe("_entities for Facility", () => {
  const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id name } } }`;

  it("resolving facilities by id costs one SQL statement, in representation order, null for unknown and malformed ids", async () => {
    subject.service.statements.reset();
    const ids: unknown[] = [cedar, randomUUID(), maple, "f002", riverbend.toUpperCase(), cedar, 7];
    const answer = await graphql(subject.url, entities, { token: subject.stateToken, variables: { r: ids.map((id) => ({ __typename: "Facility", id })) } });
    expect(answer.errors).toBeUndefined();
    expect(subject.service.statements.count).toBe(1);
    expect(answer.data?._entities).toEqual([
      { id: cedar, name: nameOf.get(cedar) },
      null,
      { id: maple, name: nameOf.get(maple) },
      null,
      { id: riverbend, name: nameOf.get(riverbend) },
      { id: cedar, name: nameOf.get(cedar) },
      null,
    ]);
  });
});

describe("_entities for Individual (facilities adds stays)", () => {
  const staysOf = `query Stays($r: [_Any!]!) {
    _entities(representations: $r) { ... on Individual { id stays { id admittedOn dischargedOn facility { id name } } } }
  }`;
  type PersonWithStays = {
    id: string;
    stays: { id: string; admittedOn: string; dischargedOn: string | null; facility: { id: string; name: string } }[];
  } | null;

  it("an Individual stub resolves from its key alone, without reading the database", async () => {
    subject.service.statements.reset();
    const answer = await graphql(subject.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id } } }`, {
      token: subject.stateToken,
      variables: { r: [{ __typename: "Individual", id: demoPeople[0]!.id }] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities).toEqual([{ id: demoPeople[0]!.id }]);
    expect(subject.service.statements.count).toBe(0);
  });

  it("a malformed id in a batch does not spoil the other people's stays", async () => {
    const answer = await graphql(subject.url, staysOf, {
      token: subject.stateToken,
      variables: { r: [demoPeople[0]!.id, "not-a-uuid"].map((id) => ({ __typename: "Individual", id })) },
    });
    expect(errorCodes(answer)).not.toContain("INTERNAL_SERVER_ERROR");
    expect((answer.data?._entities as PersonWithStays[])[0]?.stays.map((stay) => stay.facility.id)).toEqual([maple]);
  });

  it("an id written in capitals finds the same person's stays", async () => {
    const answer = await graphql(subject.url, staysOf, {
      token: subject.stateToken,
      variables: { r: [{ __typename: "Individual", id: demoPeople[0]!.id.toUpperCase() }] },
    });
    expect((answer.data?._entities as PersonWithStays[])[0]?.stays.map((stay) => stay.facility.id)).toEqual([maple]);
  });
});

describe("the service's doors", () => {
  it("a request with no token is HTTP 401 UNAUTHENTICATED", async () => {
    const answer = await graphql(subject.url, `query($id: ID!) { facility(id: $id) { id } }`, { variables: { id: maple } });
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
