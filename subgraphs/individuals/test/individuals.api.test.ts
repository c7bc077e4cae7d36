import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorCodes, graphql, type GraphQLAnswer } from "../../../test/support/graphql.ts";
import { individualsUnderTest, testToday } from "./support.ts";

/** The individuals subgraph alone, spoken to over HTTP the way the gateway or a partner would. */
const subject = individualsUnderTest();
const statements = () => subject.service.statements;

interface RegistrationInput {
  givenName: string | null;
  middleName?: string | null;
  familyName: string | null;
  birthDate: string | null;
  county: string;
  state: string;
}

const register = `mutation Register($input: RegisterIndividualInput!) {
  registerIndividual(input: $input) {
    outcome
    individual { id givenName middleName familyName birthDate county state status createdAt }
  }
}`;

const readOne = `query One($id: ID!) {
  individual(id: $id) { id givenName middleName familyName birthDate county state status }
}`;

const page = `query Page($first: Int!, $after: String) {
  individuals(first: $first, after: $after) {
    edges { cursor node { id familyName } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Connection {
  edges: { cursor: string; node: { id: string; familyName: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const valid = (overrides: Partial<RegistrationInput> = {}): RegistrationInput => ({
  givenName: "Ada",
  familyName: "Okonkwo",
  birthDate: "1948-06-01",
  county: "Hamilton",
  state: "OH",
  ...overrides,
});

/** The test hub's pinned today, as the server reckons it, shifted by whole years. */
const yearsFromToday = (years: number): string => `${Number(testToday.slice(0, 4)) + years}-01-01`;

async function registerPerson(input: RegistrationInput, token: string = subject.stateToken): Promise<string> {
  const answer = await graphql(subject.url, register, { token, variables: { input } });
  expect(answer.errors).toBeUndefined();
  const id: unknown = answer.data?.registerIndividual?.individual?.id;
  if (typeof id !== "string") throw new Error("registration returned no id");
  return id;
}

describe("registerIndividual", () => {
  it("creates a person with names white-space folded and the state upper-cased, and individual(id) reads it back", async () => {
    const answer = await graphql(subject.url, register, {
      token: subject.stateToken,
      variables: {
        input: {
          givenName: "  Mary   Ann ",
          middleName: "\tJ. ",
          familyName: " van   der  Berg ",
          birthDate: "1939-12-31",
          county: " Hamilton  County ",
          state: " oh ",
        },
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    const payload = answer.data?.registerIndividual;
    expect(payload.outcome).toBe("CREATED");
    expect(payload.individual).toMatchObject({
      givenName: "Mary Ann",
      middleName: "J.",
      familyName: "van der Berg",
      birthDate: "1939-12-31",
      county: "Hamilton County",
      state: "OH",
      status: "ACTIVE",
    });
    expect(payload.individual.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Number.isNaN(Date.parse(payload.individual.createdAt))).toBe(false);

    const read = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id: payload.individual.id } });
    expect(read.errors).toBeUndefined();
    expect(read.data?.individual).toEqual({
      id: payload.individual.id,
      givenName: "Mary Ann",
      middleName: "J.",
      familyName: "van der Berg",
      birthDate: "1939-12-31",
      county: "Hamilton County",
      state: "OH",
      status: "ACTIVE",
    });
  });

  it.each([undefined, null])("a middle name left out (%s) is stored as null", async (middleName) => {
    const id = await registerPerson(valid({ familyName: "No-Middle", middleName }));
    const read = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id } });
    expect(read.errors).toBeUndefined();
    expect(read.data?.individual).toMatchObject({ id, familyName: "No-Middle", middleName: null });
  });

  it("a blank middle name is stored as null", async () => {
    const id = await registerPerson(valid({ familyName: "Blank-Middle", middleName: "   " }));
    const read = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id } });
    expect(read.data?.individual.middleName).toBeNull();
  });

  it("reads a person back by an id written in capitals", async () => {
    const id = await registerPerson(valid({ familyName: "Capitalis" }));
    const read = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id: id.toUpperCase() } });
    expect(read.errors).toBeUndefined();
    expect(read.data?.individual).toMatchObject({ id, familyName: "Capitalis" });
  });
});

describe("registration rules: each refusal is BAD_USER_INPUT naming the input field, and nothing is written", () => {
  const refusals: { rule: string; input: RegistrationInput; field: string }[] = [
    // Issue 21: a blank name part is missing, and refused only when no name part is left.
    {
      rule: "a name is needed: the family and the given name may not both be empty",
      input: valid({ familyName: "", givenName: "" }),
      field: "input.familyName",
    },
    { rule: "a family name of only white space counts as missing", input: valid({ familyName: " \t  ", givenName: null }), field: "input.familyName" },
    {
      rule: "a name alone, without a birth date or an identifier, is not enough",
      input: valid({ givenName: "  ", birthDate: null }),
      field: "input.birthDate",
    },
    { rule: "a name may be at most 100 characters", input: valid({ familyName: "x".repeat(101) }), field: "input.familyName" },
    { rule: "the birth date may not be in the future", input: valid({ birthDate: yearsFromToday(1) }), field: "input.birthDate" },
    { rule: "the birth date may not be more than 130 years ago", input: valid({ birthDate: yearsFromToday(-131) }), field: "input.birthDate" },
    { rule: "the state must be a USPS code the hub knows (ZZ is not one)", input: valid({ state: "ZZ" }), field: "input.state" },
  ];

  it.each(refusals)("$rule", async ({ input, field }) => {
    statements().reset();
    const answer = await graphql(subject.url, register, { token: subject.stateToken, variables: { input } });
    expect(answer.status).toBe(200);
    expect(answer.data).toBeNull();
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe(field);
    expect(answer.errors?.[0]?.path).toEqual(["registerIndividual"]);
    expect(statements().count).toBe(0);
  });

  it("a birth date 129 years ago is accepted: only more than 130 years is refused", async () => {
    const id = await registerPerson(valid({ birthDate: yearsFromToday(-129) }));
    expect(id).toBeTruthy();
  });

  it("a malformed Date literal in the operation is refused before anything runs", async () => {
    statements().reset();
    const answer = await graphql(
      subject.url,
      `mutation { registerIndividual(input: { givenName: "Ada", familyName: "Literal", birthDate: "1941-02-30", county: "Hamilton", state: "OH" }) { individual { id } } }`,
      { token: subject.stateToken },
    );
    expect(answer.status).toBe(400);
    expect(answer.data ?? null).toBeNull();
    expect(errorCodes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(answer.errors?.[0]?.message).toContain("YYYY-MM-DD");
    expect(statements().count).toBe(0);
  });

  it.each(["17/04/1941", "1941-4-17", "1941-04-17T00:00:00Z", ""])(
    "a malformed Date variable (%j) is BAD_USER_INPUT before anything runs",
    async (birthDate) => {
      statements().reset();
      const answer = await graphql(subject.url, register, { token: subject.stateToken, variables: { input: valid({ birthDate }) } });
      expect(answer.data ?? null).toBeNull();
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(statements().count).toBe(0);
    },
  );
});

describe("individual(id)", () => {
  it("an id that is not a uuid is BAD_USER_INPUT naming the argument", async () => {
    const answer = await graphql(subject.url, `{ individual(id: "not-a-uuid") { id } }`, { token: subject.stateToken });
    expect(answer.status).toBe(200);
    expect(answer.data?.individual).toBeNull();
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("id");
  });

  it("a well-formed uuid that names nobody is null, not an error", async () => {
    const answer = await graphql(subject.url, readOne, { token: subject.stateToken, variables: { id: "0193a000-0000-7000-8000-0000deadbeef" } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ individual: null });
  });
});

describe("individuals(first, after)", () => {
  it("pages through every person in id order, each exactly once, with hasNextPage true until the last page", async () => {
    for (let n = 0; n < 7; n += 1) await registerPerson(valid({ familyName: `Pager-${n}` }));

    const all = await graphql(subject.url, page, { token: subject.stateToken, variables: { first: 100 } });
    expect(all.errors).toBeUndefined();
    expect(all.data?.individuals.pageInfo.hasNextPage).toBe(false);
    const everyone: string[] = all.data?.individuals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(everyone.length).toBeGreaterThanOrEqual(7);
    expect(everyone.length).toBeLessThan(100);

    const seen: string[] = [];
    const hasNext: boolean[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const answer: GraphQLAnswer<{ individuals: Connection }> = await graphql(subject.url, page, {
        token: subject.stateToken,
        variables: { first: 3, after },
      });
      expect(answer.errors).toBeUndefined();
      const connection: Connection | undefined = answer.data?.individuals;
      if (!connection) throw new Error("no page came back");
      expect(connection.edges.length).toBeLessThanOrEqual(3);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      hasNext.push(connection.pageInfo.hasNextPage);
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(everyone);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(hasNext).toEqual([...Array<boolean>(Math.ceil(everyone.length / 3) - 1).fill(true), false]);
  });

  it("a page that ends exactly at the last person says hasNextPage false", async () => {
    await registerPerson(valid({ familyName: "Exact-1" }));
    await registerPerson(valid({ familyName: "Exact-2" }));
    const all = await graphql(subject.url, page, { token: subject.stateToken, variables: { first: 100 } });
    const total: number = all.data?.individuals.edges.length;
    const exact = await graphql(subject.url, page, { token: subject.stateToken, variables: { first: total } });
    expect(exact.data?.individuals.edges.length).toBe(total);
    expect(exact.data?.individuals.pageInfo.hasNextPage).toBe(false);
    const short = await graphql(subject.url, page, { token: subject.stateToken, variables: { first: total - 1 } });
    expect(short.data?.individuals.pageInfo.hasNextPage).toBe(true);
  });

  it.each([0, 101, -1])("first: %i is refused as BAD_USER_INPUT naming `first`", async (first) => {
    statements().reset();
    const answer = await graphql(subject.url, page, { token: subject.stateToken, variables: { first } });
    expect(answer.data).toBeNull();
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("first");
    expect(statements().count).toBe(0);
  });

  it("a cursor the list never gave out is BAD_USER_INPUT naming `after`", async () => {
    const answer = await graphql(subject.url, page, { token: subject.stateToken, variables: { first: 5, after: "not-a-cursor" } });
    expect(answer.data).toBeNull();
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("after");
  });

  it("a forged cursor whose key is not a uuid is BAD_USER_INPUT naming `after`", async () => {
    const answer = await graphql(subject.url, page, { token: subject.stateToken, variables: { first: 5, after: Buffer.from("k:nope").toString("base64url") } });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("after");
  });
});

describe("who may browse and register people", () => {
  it("MEDICAID_PAYMENT may not browse the person index (FORBIDDEN, no data)", async () => {
    const token = await subject.hub.token({ role: "MEDICAID_PAYMENT" });
    statements().reset();
    const answer = await graphql(subject.url, page, { token, variables: { first: 5 } });
    expect(answer.status).toBe(200);
    expect(answer.data).toBeNull();
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(statements().count).toBe(0);
  });

  it("MEDICAID_PAYMENT may not register a person (FORBIDDEN, nothing written)", async () => {
    const token = await subject.hub.token({ role: "MEDICAID_PAYMENT" });
    statements().reset();
    const answer = await graphql(subject.url, register, { token, variables: { input: valid({ familyName: "Refused" }) } });
    expect(answer.data).toBeNull();
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(statements().count).toBe(0);
  });

  it("a PAA (token naming its counties) may register a person and browse the index", async () => {
    const token = await subject.hub.token({ role: "PAA", counties: ["Hamilton"] });
    const id = await registerPerson(valid({ familyName: "Registered-By-PAA" }), token);
    const answer = await graphql(subject.url, page, { token, variables: { first: 100 } });
    expect(answer.errors).toBeUndefined();
    const ids: string[] = answer.data?.individuals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toContain(id);
  });

  it.each(["HOSPITAL", "NURSING_FACILITY"] as const)("%s may register a person but may not browse the index", async (role) => {
    const token = await subject.hub.token({ role, facilityIds: ["0193a000-0000-7000-8000-00000000f001"] });
    await registerPerson(valid({ familyName: `Registered-By-${role}` }), token);
    const answer = await graphql(subject.url, page, { token, variables: { first: 5 } });
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
  });
});

describe("the service's doors", () => {
  it("a request with no token is HTTP 401 UNAUTHENTICATED and runs nothing", async () => {
    statements().reset();
    const answer = await graphql(subject.url, page, { variables: { first: 5 } });
    expect(answer.status).toBe(401);
    expect(answer.data ?? null).toBeNull();
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    expect(statements().count).toBe(0);
  });

  it("a token that is not a signed hub token is HTTP 401 UNAUTHENTICATED", async () => {
    const answer = await graphql(subject.url, readOne, {
      token: "eyJhbGciOiJub25lIn0.eyJyb2xlIjoiUEFBIn0.",
      variables: { id: "0193a000-0000-7000-8000-000000000001" },
    });
    expect(answer.status).toBe(401);
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
  });

  it("/health and /ready answer 200", async () => {
    const origin = new URL(subject.url).origin;
    const health = await request(origin).get("/health");
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: "ok" });
    const ready = await request(origin).get("/ready");
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: "ready" });
  });
});
