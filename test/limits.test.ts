import { startGateway } from "@pasrr/gateway";
import { demoPeople } from "@pasrr/devtools/demo-cast";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import { loadGatewayConfig } from "@pasrr/gateway/config";
import { getIntrospectionQuery } from "graphql";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Each gateway limit with a request just under (at) it and just over it, through the real gateway
 * and real subgraphs. The limits are set small here so a test can reach them; their defaults are
 * checked in packages/subgraph-kit/test/env.test.ts and the rules in …/graphql/limits.test.ts.
 */
const limits = {
  GATEWAY_MAX_DEPTH: "4",
  GATEWAY_MAX_ALIASES: "3",
  GATEWAY_MAX_ROOT_FIELDS: "3",
  GATEWAY_MAX_COST: "41",
  GATEWAY_MAX_LIST_SIZE: "3",
  GATEWAY_MAX_BODY_BYTES: "4096",
  GATEWAY_RATE_LIMIT_PER_MINUTE: "1",
  GATEWAY_RATE_LIMIT_BURST: "25",
  SANDBOX: "false",
};

let hub: TestHub;
let url: string;
const person = demoPeople[0]!;
/** A state-agency token of its own per test, so that no test spends another's rate-limit bucket. */
const stateToken = (organisationId: string) => hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId });

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true, env: limits });
  url = hub.gatewayUrl!;
});
afterAll(() => hub?.stop());

function expectLimit(answer: GraphQLAnswer, limit: string) {
  expect(answer.status).toBe(400);
  expect(errorCodes(answer)).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
  expect(answer.errors?.[0]?.extensions?.limit).toBe(limit);
  expect(answer.data).toBeUndefined();
}

function expectAnswered(answer: GraphQLAnswer) {
  expect(answer.status).toBe(200);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toBeTruthy();
}

describe("operation limits at the gateway (OPERATION_LIMIT_EXCEEDED, HTTP 400)", () => {
  it("depth: 4 levels are answered, 5 are refused", async () => {
    const token = await stateToken("limits-depth");
    const atLimit = `query($id: ID!) { individual(id: $id) { stays { facility { name } } } }`;
    const over = `query($id: ID!) { individual(id: $id) { stays { facility { residents { presence } } } } }`;
    const answered = await graphql(url, atLimit, { token, variables: { id: person.id } });
    expectAnswered(answered);
    expect(answered.data!.individual.stays[0].facility.name).toBeTruthy();
    expectLimit(await graphql(url, over, { token, variables: { id: person.id } }), "depth");
  });

  it("aliases: 3 are answered, 4 are refused", async () => {
    const token = await stateToken("limits-aliases");
    const aliased = (count: number) => `query($id: ID!) { individual(id: $id) { ${Array.from({ length: count }, (_, i) => `n${i}: givenName`).join(" ")} } }`;
    expectAnswered(await graphql(url, aliased(3), { token, variables: { id: person.id } }));
    expectLimit(await graphql(url, aliased(4), { token, variables: { id: person.id } }), "aliases");
  });

  it("root fields: 3 are answered, 4 are refused", async () => {
    const token = await stateToken("limits-root-fields");
    const roots = (count: number) =>
      `{ ${["individual(id: $id) { id }", "facilities(first: 1) { pageInfo { hasNextPage } }", "individuals(first: 1) { pageInfo { hasNextPage } }", "imdReview { __typename }"].slice(0, count).join(" ")} }`;
    const withId = (query: string) => query.replace("{ ", "query($id: ID!) { ");
    expectAnswered(await graphql(url, withId(roots(3)), { token, variables: { id: person.id } }));
    expectLimit(await graphql(url, withId(roots(4)), { token, variables: { id: person.id } }), "rootFields");
  });

  it("estimated cost: a page of 20 (cost 41) is answered, a page of 21 (cost 43) is refused", async () => {
    const token = await stateToken("limits-cost");
    const page = `query($n: Int!) { individuals(first: $n) { edges { node { id } } } }`;
    expectAnswered(await graphql(url, page, { token, variables: { n: 20 } }));
    const over = await graphql(url, page, { token, variables: { n: 21 } });
    expectLimit(over, "cost");
    expect(over.errors?.[0]?.extensions).toMatchObject({ maximum: 41, actual: 43 });
  });

  it("list size: a batch of 3 identifiers is answered one result each, a batch of 4 is refused", async () => {
    const token = await stateToken("limits-list");
    const batch = `query($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id } }`;
    const ids = (count: number) => Array.from({ length: count }, (_, i) => ({ type: "MEDICAID_ID", issuer: "OH", value: `DEMO${String(i).padStart(8, "0")}` }));
    const answered = await graphql(url, batch, { token, variables: { ids: ids(3) } });
    expectAnswered(answered);
    expect(answered.data!.individualsByIdentifiers).toHaveLength(3);
    expectLimit(await graphql(url, batch, { token, variables: { ids: ids(4) } }), "listSize");
    const literal = `{ individualsByIdentifiers(identifiers: [${ids(4)
      .map((id) => `{ type: MEDICAID_ID, issuer: "OH", value: "${id.value}" }`)
      .join(", ")}]) { id } }`;
    expectLimit(await graphql(url, literal, { token }), "listSize");
  });

  it("body size: 4,096 bytes are read, 4,097 are refused with BAD_REQUEST and HTTP 413", async () => {
    const token = await stateToken("limits-body");
    const bodyOf = (bytes: number) => {
      const base = JSON.stringify({ query: "{ __typename }", variables: {} });
      return JSON.stringify({ query: `{ __typename }${" ".repeat(bytes - base.length)}`, variables: {} });
    };
    const send = (body: string) =>
      request(new URL(url).origin).post("/graphql").set("content-type", "application/json").set("authorization", `Bearer ${token}`).send(body);
    expect(Buffer.byteLength(bodyOf(4096))).toBe(4096);
    const atLimit = await send(bodyOf(4096));
    expect(atLimit.status).toBe(200);
    expect(atLimit.body).toEqual({ data: { __typename: "Query" } });
    const over = await send(bodyOf(4097));
    expect(over.status).toBe(413);
    expect(over.body.errors[0].extensions.code).toBe("BAD_REQUEST");
  });
});

describe("the per-organisation rate limit (RATE_LIMITED, HTTP 429)", () => {
  it("answers an organisation's burst of 25 and refuses the 26th with Retry-After, while another organisation is still answered", async () => {
    const token = await stateToken("limits-rate");
    for (let i = 0; i < 25; i += 1) expectAnswered(await graphql(url, "{ __typename }", { token }));
    const refused = await graphql(url, "{ __typename }", { token });
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(["RATE_LIMITED"]);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.data).toBeUndefined();
    expectAnswered(await graphql(url, "{ __typename }", { token: await stateToken("limits-rate-other") }));
  });
});

describe("what the gateway shows of itself", () => {
  let openGateway: RunningService;
  beforeAll(async () => {
    // The same graph with the sandbox allowed, in development: the contrast to the hub above.
    openGateway = await startGateway(loadGatewayConfig({ ...hub.env, NODE_ENV: "development", SANDBOX: "true", GATEWAY_PORT: "0", LOG_LEVEL: "warn" }));
  });
  afterAll(() => openGateway?.stop());

  it("refuses introspection and serves no sandbox page unless SANDBOX allows them", async () => {
    const token = await stateToken("limits-sandbox");
    const closed = await graphql(url, getIntrospectionQuery(), { token });
    expect(errorCodes(closed)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(closed.data).toBeUndefined();
    const open = await graphql(openGateway.url, getIntrospectionQuery(), { token });
    expect(open.errors).toBeUndefined();
    expect(open.data!.__schema.queryType.name).toBe("Query");

    // A browser at the endpoint: nothing without SANDBOX; with it, sent to the sandbox (Apollo's CDN landing page is off).
    const page = (target: string) => request(new URL(target).origin).get("/graphql").set("accept", "text/html");
    const closedPage = await page(url);
    expect(closedPage.status).not.toBe(302);
    expect(closedPage.headers["content-type"] ?? "").not.toMatch(/text\/html/);
    const openPage = await page(openGateway.url);
    expect(openPage.status).toBe(302);
    expect(openPage.headers.location).toBe("/sandbox");
  });

  it("suggests no field names outside development, and does in development", async () => {
    const token = await stateToken("limits-suggestions");
    const misspelt = `{ individul(id: "x") { id } }`;
    const quiet = await graphql(url, misspelt, { token });
    expect(errorCodes(quiet)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(quiet.errors![0]!.message).not.toMatch(/Did you mean/);
    expect((await graphql(openGateway.url, misspelt, { token })).errors![0]!.message).toMatch(/Did you mean "individual/);
  });

  it("refuses a request a browser form or a plain GET could send across sites (CSRF prevention)", async () => {
    const token = await stateToken("limits-csrf");
    const origin = new URL(url).origin;
    const form = await request(origin)
      .post("/graphql")
      .set("content-type", "text/plain")
      .set("authorization", `Bearer ${token}`)
      .send(`{"query":"{ __typename }"}`);
    expect(form.status).toBe(400);
    expect(form.body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(form.body.data).toBeUndefined();
    const get = await request(origin).get("/graphql").query({ query: "{ __typename }" }).set("authorization", `Bearer ${token}`);
    expect(get.status).toBe(400);
    expect(get.body.data).toBeUndefined();
    const preflighted = await request(origin)
      .get("/graphql")
      .query({ query: "{ __typename }" })
      .set("authorization", `Bearer ${token}`)
      .set("apollo-require-preflight", "true");
    expect(preflighted.body).toEqual({ data: { __typename: "Query" } });
  });
});
