import { demoPeople } from "@pasrr/devtools/demo-cast";
import { subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { randomUUID } from "node:crypto";
import http from "node:http";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql, type GraphQLAnswer } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { productionKeys } from "../support/production-keys.ts";

/**
 * Issue 15, finding 5 (and parts of 8): "Protection only at the gateway". Every subgraph is
 * reachable straight from the network by anyone holding a partner token, so each one is attacked
 * here straight, with ordinary partner tokens, for every protection the gateway gives: the
 * attacker gets nothing, and the gateway's own path still works.
 *
 * The hub runs with small partner limits a test can reach (the gateway's settings, which the
 * subgraphs apply to a partner's own request) and with the payment system safelisted.
 */
const partnerLimits = {
  GATEWAY_MAX_BODY_BYTES: "65536",
  GATEWAY_MAX_LIST_SIZE: "50",
  GATEWAY_MAX_COST: "200",
  GATEWAY_RATE_LIMIT_PER_MINUTE: "1",
  GATEWAY_RATE_LIMIT_BURST: "5",
  GATEWAY_SAFELISTED_ROLES: "MEDICAID_PAYMENT",
};

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true, env: partnerLimits });
});
afterAll(() => hub?.stop());

const subgraphUrl = (name: SubgraphName) => hub.subgraphs[name]!.url;
/** A state-agency token of an organisation of its own, so that no case spends another's rate. */
const stateToken = (organisationId: string) => hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId });
const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id } } }`;
const people = (count: number) => Array.from({ length: count }, () => ({ __typename: "Individual", id: randomUUID() }));

function expectRefused(answer: GraphQLAnswer, code: string, status: number) {
  expect(answer.status).toBe(status);
  expect(errorCodes(answer)).toEqual([code]);
  expect(answer.data ?? null).toBeNull();
}

function expectAnswered(answer: GraphQLAnswer) {
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  expect(answer.status).toBe(200);
}

/** Declares a 19 MB body, sends its first kilobyte and no more; resolves with the status of the answer. */
function statusBeforeTheBody(url: string, headers: Record<string, string> = {}): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const upload = http.request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(19 * 1024 * 1024), ...headers },
    });
    upload.on("response", (response) => {
      resolve(response.statusCode ?? 0);
      upload.destroy();
    });
    upload.on("error", reject);
    upload.write(Buffer.alloc(1024, 0x20));
  });
}

describe("1. authentication comes before the body", () => {
  it("without a valid token, every service answers 401 without parsing the body (not JSON: still 401, not 400)", async () => {
    for (const url of [hub.gatewayUrl!, ...subgraphNames.map(subgraphUrl)]) {
      for (const authorization of [undefined, "Bearer not.a.token"]) {
        const target = new URL(url);
        let call = request(target.origin).post(target.pathname).set("content-type", "application/json");
        if (authorization) call = call.set("authorization", authorization);
        const response = await call.send('{"query": this is not JSON');
        expect(response.status, url).toBe(401);
        expect(response.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
      }
    }
  });

  it("without a valid token, a 19 MB upload is answered 401 at every service before its body has arrived", async () => {
    for (const url of [hub.gatewayUrl!, ...subgraphNames.map(subgraphUrl)]) {
      expect(await statusBeforeTheBody(url), url).toBe(401);
      expect(await statusBeforeTheBody(url, { authorization: "Bearer forged.token.here" }), url).toBe(401);
    }
  });

  it("a partner's body over GATEWAY_MAX_BODY_BYTES is refused (413) at every subgraph; the gateway's vouched fetch of the same size is read", async () => {
    const token = await stateToken("edge-body");
    const filler = "x".repeat(70_000);
    for (const name of subgraphNames) {
      expectRefused(await graphql(subgraphUrl(name), "{ __typename }", { token, variables: { filler } }), "BAD_REQUEST", 413);
      const vouched = await graphql(subgraphUrl(name), "{ __typename }", { token, variables: { filler }, headers: await hub.gatewayVouch() });
      expectAnswered(vouched);
    }
  });
});

describe("2. the per-organisation rate limit at every subgraph", () => {
  it("a partner's burst straight to each subgraph is refused past GATEWAY_RATE_LIMIT_BURST (429, Retry-After); vouched requests spend none of it", async () => {
    for (const name of subgraphNames) {
      const token = await stateToken(`edge-rate-${name}`);
      for (let i = 0; i < 5; i += 1) expectAnswered(await graphql(subgraphUrl(name), "{ __typename }", { token }));
      const refused = await graphql(subgraphUrl(name), "{ __typename }", { token });
      expectRefused(refused, "RATE_LIMITED", 429);
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      // The gateway's fetches and owner calls are not partner traffic.
      for (let i = 0; i < 3; i += 1) expectAnswered(await graphql(subgraphUrl(name), "{ __typename }", { token, headers: await hub.gatewayVouch() }));
      expectAnswered(await graphql(subgraphUrl(name), "{ __typename }", { token: await stateToken(`edge-rate-${name}-other`) }));
    }
  });

  it("an organisation limited at a subgraph is still answered through the gateway, whose fetches spend only the gateway's bucket", async () => {
    const token = await stateToken("edge-rate-path");
    for (let i = 0; i < 5; i += 1) await graphql(subgraphUrl("individuals"), "{ __typename }", { token });
    expectRefused(await graphql(subgraphUrl("individuals"), "{ __typename }", { token }), "RATE_LIMITED", 429);
    const through = await graphql(hub.gatewayUrl!, `query ($id: ID!) { individual(id: $id) { id levelOfCareDeterminations { id } } }`, {
      token,
      variables: { id: demoPeople[0]!.id },
    });
    expectAnswered(through);
    expect(through.data?.individual?.id).toBe(demoPeople[0]!.id);
  });
});

describe("3. list, representation and cost bounds at every subgraph", () => {
  it("a partner may send each subgraph's _entities at most GATEWAY_MAX_LIST_SIZE representations, refused with one error; the gateway's fetch of 1,000 is answered", async () => {
    for (const name of subgraphNames) {
      const token = await stateToken(`edge-list-${name}`);
      expectAnswered(await graphql(subgraphUrl(name), entities, { token, variables: { r: people(50) } }));
      const over = await graphql(subgraphUrl(name), entities, { token, variables: { r: people(51) } });
      expectRefused(over, "OPERATION_LIMIT_EXCEEDED", 400);
      expect(over.errors?.[0]?.extensions).toMatchObject({ limit: "listSize", maximum: 50, actual: 51 });
      const vouched = await graphql(subgraphUrl(name), entities, { token, variables: { r: people(1_000) }, headers: await hub.gatewayVouch() });
      expectAnswered(vouched);
      expect(vouched.data?._entities).toHaveLength(1_000);
    }
  });

  it("100,000 representations straight to each subgraph are refused as a whole, before any is resolved", async () => {
    const token = await stateToken("edge-list-flood");
    const flood = Array.from({ length: 100_000 }, () => ({ __typename: "Individual", id: "0" }));
    for (const name of subgraphNames) {
      const answer = await graphql(subgraphUrl(name), entities, { token, variables: { r: flood } });
      // Over the partner's body limit here (413); under it, the list limit (400) — one error either way.
      expect([400, 413]).toContain(answer.status);
      expect(answer.errors).toHaveLength(1);
      expect(answer.data ?? null).toBeNull();
    }
  });

  it("a partner's query over GATEWAY_MAX_COST straight to a subgraph is refused, as through the gateway", async () => {
    const token = await stateToken("edge-cost");
    const page = (first: number) => `{ levelTwoReferrals(first: ${first}) { edges { node { id } } } }`;
    const over = await graphql(subgraphUrl("screenings"), page(150), { token });
    expectRefused(over, "OPERATION_LIMIT_EXCEEDED", 400);
    expect(over.errors?.[0]?.extensions?.limit).toBe("cost");
    expectRefused(await graphql(hub.gatewayUrl!, page(150), { token }), "OPERATION_LIMIT_EXCEEDED", 400);
    expectAnswered(await graphql(subgraphUrl("screenings"), page(10), { token }));
  });
});

describe("4. a safelisted role cannot go round the gateway's safelist", () => {
  it("the payment system's token straight to each subgraph is refused (403 PERSISTED_QUERY_NOT_IN_SAFELIST) before its body is read", async () => {
    const payer = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: "edge-payer" });
    for (const name of subgraphNames) {
      expectRefused(await graphql(subgraphUrl(name), entities, { token: payer, variables: { r: people(1) } }), "PERSISTED_QUERY_NOT_IN_SAFELIST", 403);
      expect(await statusBeforeTheBody(subgraphUrl(name), { authorization: `Bearer ${payer}` })).toBe(403);
      // Through the gateway (which vouches) its registered operations reach the subgraphs.
      expectAnswered(await graphql(subgraphUrl(name), entities, { token: payer, variables: { r: people(1) }, headers: await hub.gatewayVouch() }));
    }
    expectRefused(await graphql(hub.gatewayUrl!, `{ __typename }`, { token: payer }), "PERSISTED_QUERY_NOT_IN_SAFELIST", 403);
  });
});

describe("7. request ids chosen by a client", () => {
  it("a partner's x-request-id is replaced at every service and echoed only as x-client-request-id; a vouched id is kept", async () => {
    const token = await stateToken("edge-request-id");
    for (const url of [hub.gatewayUrl!, ...subgraphNames.map(subgraphUrl)]) {
      const answer = await graphql(url, "{ __typename }", { token, headers: { "x-request-id": "partner-chosen-0001" } });
      expectAnswered(answer);
      expect(answer.headers["x-request-id"]).not.toBe("partner-chosen-0001");
      expect(answer.headers["x-client-request-id"]).toBe("partner-chosen-0001");
    }
    for (const name of subgraphNames) {
      const vouched = await graphql(subgraphUrl(name), "{ __typename }", {
        token,
        headers: { "x-request-id": "gateway-minted-0001", ...(await hub.gatewayVouch()) },
      });
      expect(vouched.headers["x-request-id"]).toBe("gateway-minted-0001");
    }
  });

  it("the audit trail stores the hub's request id, never the partner's", async () => {
    const token = await stateToken("edge-audit");
    const answer = await graphql(subgraphUrl("individuals"), `query ($id: ID!) { individual(id: $id) { birthDate identifiers { type value } } }`, {
      token,
      variables: { id: demoPeople[0]!.id },
      headers: { "x-request-id": "partner-chosen-audit-0001" },
    });
    expectAnswered(answer);
    const client = hub.subgraphs.individuals!.client as unknown as { $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> };
    const rows = await client.$queryRawUnsafe<{ requestId: string }[]>(`SELECT "requestId" FROM "AuditEvent" WHERE "organisationId" = $1`, "edge-audit");
    expect(rows.map((row) => row.requestId)).toEqual([answer.headers["x-request-id"]]);
  });
});

describe("5. schema exposure outside production (today's behaviour kept)", () => {
  it("a partner straight to a subgraph in test mode still reads _service { sdl }", async () => {
    const token = await stateToken("edge-sdl-test");
    const answer = await graphql(subgraphUrl("facilities"), "{ _service { sdl } }", { token });
    expectAnswered(answer);
    expect(answer.data?._service?.sdl).toContain("Facility");
  });
});

describe("in production (NODE_ENV=production)", () => {
  let production: TestHub;
  beforeAll(async () => {
    // Production refuses the embedded database: it runs on PostgreSQL, as a state's does.
    production = await startTestHub({ database: "postgres", env: await productionKeys() });
  });
  afterAll(() => production?.stop());

  const schemaReads = [
    "{ _service { sdl } }",
    "{ __schema { types { name } } }",
    `{ __type(name: "Query") { name } }`,
    "query { ...S } fragment S on Query { _service { sdl } }",
  ];

  it("5. no subgraph serves its SDL or introspection to a partner; the gateway's credential still reads the SDL", async () => {
    const token = await production.token({ role: "STATE_MEDICAID_AGENCY" });
    for (const name of subgraphNames) {
      const url = production.subgraphs[name]!.url;
      for (const query of schemaReads) expectRefused(await graphql(url, query, { token }), "FORBIDDEN", 403);
      const vouched = await graphql(url, "{ _service { sdl } }", { token, headers: await production.gatewayVouch() });
      expectAnswered(vouched);
      expect(vouched.data?._service?.sdl).toContain("@key");
    }
    const introspection = await graphql(production.gatewayUrl!, "{ __schema { types { name } } }", { token });
    expect(introspection.status).toBe(400);
    expect(introspection.data ?? null).toBeNull();
  });

  it("the gateway's own path still answers a partner across the subgraphs", async () => {
    const token = await production.token({ role: "STATE_MEDICAID_AGENCY" });
    const answer = await graphql(production.gatewayUrl!, `query ($id: ID!) { individual(id: $id) { id levelOfCareDeterminations { id } stays { id } } }`, {
      token,
      variables: { id: randomUUID() },
    });
    expectAnswered(answer);
    expect(answer.data?.individual).toBeNull();
  });

  it("6. /metrics answers 403 at the gateway and every subgraph while METRICS_BEARER_TOKEN is unset", async () => {
    for (const url of [production.gatewayUrl!, ...subgraphNames.map((name) => production.subgraphs[name]!.url)]) {
      const response = await fetch(new URL("/metrics", url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain("graphql_requests_total");
    }
  });
});
