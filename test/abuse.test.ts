import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { exportSPKI, importJWK, SignJWT, type CryptoKey, type JWK, type JWTPayload } from "jose";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Abuse, sent through the gateway and straight to each subgraph (OWASP GraphQL Cheat Sheet;
 * HIPAA 45 CFR 164.312(d), person or entity authentication): every attempt is answered with the
 * contract's error code — never HTTP 500, never INTERNAL_SERVER_ERROR, never a record.
 * The hub runs with its default limits, and with one organisation revoked.
 */
let hub: TestHub;
const person = demoPeople[0]!;
const facility = demoFacilities[0]!;

/** A read of real demo data on each service, so that a refusal is the only thing between the attacker and a record. */
const probes: Record<SubgraphName, string> = {
  individuals: `{ individual(id: "${person.id}") { id givenName familyName birthDate } }`,
  screenings: `{ levelTwoReferrals(first: 5) { edges { node { id } } } }`,
  levelofcare: `{ levelOfCareRenewalsDue(asOf: "2027-03-01", withinDays: 30) { edges { node { id } } } }`,
  facilities: `{ facility(id: "${facility.id}") { id name providerNumber } }`,
};

/** Every door: the gateway, then each subgraph directly, with the probe that reads its data. */
function targets(): { name: string; url: string; probe: string }[] {
  const subgraphs = subgraphNames.map((name) => ({ name, url: hub.subgraphs[name]!.url, probe: probes[name] }));
  return [{ name: "gateway", url: hub.gatewayUrl!, probe: probes.individuals }, ...subgraphs];
}

function expectRefused(answer: GraphQLAnswer, code: string, status: number) {
  expect(answer.status).toBe(status);
  expect(errorCodes(answer)).toEqual([code]);
  expect(answer.data ?? null).toBeNull();
}

/** Never a server error, and no record in the answer: every value the data holds is null. */
function expectNoRecord(answer: GraphQLAnswer) {
  expect(answer.status).not.toBe(500);
  expect(errorCodes(answer)).not.toContain("INTERNAL_SERVER_ERROR");
  for (const value of Object.values(answer.data ?? {})) expect(value).toBeNull();
  expect(JSON.stringify(answer.errors ?? [])).not.toMatch(/stacktrace|SELECT |prisma|at .*\.ts:\d+/i);
}

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true, env: { AUTH_REVOKED_ORGANISATIONS: "revoked-paa" } });
});
afterAll(() => hub?.stop());

describe("tokens that must not pass, at the gateway and at every subgraph", () => {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");
  const now = () => Math.floor(Date.now() / 1000);
  const auth = () => loadCommonConfig(hub.env).auth;
  const devKey = async () => JSON.parse(await readFile(auth().devKeyFile, "utf8")) as { kid: string; privateJwk: JWK; publicJwk: JWK };
  const stateClaims = { org: "state", role: "STATE_MEDICAID_AGENCY" };

  /** Signs with the hub's real dev key, so the only fault is the one the case puts in. */
  async function signed(claims: JWTPayload, registered: { iss?: string; aud?: string } = {}): Promise<string> {
    const key = await devKey();
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: key.kid })
      .setSubject("mallory@state")
      .setIssuer(registered.iss ?? auth().issuer)
      .setAudience(registered.aud ?? auth().audience)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(await importJWK(key.privateJwk, "RS256"));
  }

  const cases: [string, () => Promise<string | undefined>][] = [
    ["no token at all", async () => undefined],
    [
      "alg: none (unsigned)",
      async () =>
        `${encode({ alg: "none", typ: "JWT" })}.${encode({ ...stateClaims, sub: "m@state", iss: auth().issuer, aud: auth().audience, iat: now(), exp: now() + 3600 })}.`,
    ],
    [
      "HS256 keyed with the public key's PEM (key confusion)",
      async () => {
        const key = await devKey();
        const pem = await exportSPKI((await importJWK(key.publicJwk, "RS256")) as CryptoKey);
        return new SignJWT(stateClaims)
          .setProtectedHeader({ alg: "HS256", kid: key.kid })
          .setSubject("m@state")
          .setIssuer(auth().issuer)
          .setAudience(auth().audience)
          .setIssuedAt()
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode(pem));
      },
    ],
    [
      "a forged signature (the claims edited after signing)",
      async () => {
        const [header, , signature] = (await signed({ org: "paa-7", role: "PAA", counties: ["Hamilton"] })).split(".");
        return `${header}.${encode({ ...stateClaims, sub: "m@state", iss: auth().issuer, aud: auth().audience, iat: now(), exp: now() + 3600 })}.${signature}`;
      },
    ],
    ["expired", async () => mintDevToken(auth(), { organisationId: "state", role: "STATE_MEDICAID_AGENCY", issuedAt: now() - 7200, expiresInSeconds: 3600 })],
    ["not yet valid", async () => mintDevToken(auth(), { organisationId: "state", role: "STATE_MEDICAID_AGENCY", notBefore: now() + 3600 })],
    ["another issuer", async () => signed(stateClaims, { iss: "https://idp.attacker.example" })],
    ["another audience", async () => signed(stateClaims, { aud: "some-other-api" })],
    ["missing the organisation claim", async () => signed({ role: "STATE_MEDICAID_AGENCY" })],
    ["a role the hub does not know", async () => signed({ org: "state", role: "SUPERUSER" })],
    ["a PAA without the counties that scope it", async () => signed({ org: "paa-7", role: "PAA" })],
  ];

  it.each(cases)("%s: UNAUTHENTICATED, HTTP 401, no data", async (_case, token) => {
    const bearer = await token();
    for (const target of targets()) {
      const answer = await graphql(target.url, target.probe, { token: bearer });
      expectRefused(answer, "UNAUTHENTICATED", 401);
    }
  });

  it("a revoked organisation's valid token: FORBIDDEN, HTTP 403, no data, while the same token unrevoked reads", async () => {
    const revoked = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "revoked-paa" });
    const allowed = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "state-agency" });
    for (const target of targets()) {
      expectRefused(await graphql(target.url, target.probe, { token: revoked }), "FORBIDDEN", 403);
      const answer = await graphql(target.url, target.probe, { token: allowed });
      expect(answer.status).toBe(200);
      expect(errorCodes(answer)).toEqual([]);
    }
  });

  it("a token sent straight to a subgraph's entity resolver is checked like any other", async () => {
    const entities = `{ _entities(representations: [{ __typename: "Individual", id: "${person.id}" }]) { ... on Individual { givenName familyName } } }`;
    expectRefused(await graphql(hub.subgraphs.individuals!.url, entities), "UNAUTHENTICATED", 401);
  });
});

describe("operations shaped to overload, at the gateway and at every subgraph", () => {
  let token: string;
  beforeAll(async () => {
    token = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "abuse-shapes" });
  });

  it("alias brute force: 200 guessed ids in one request are refused as a whole", async () => {
    const guesses = Array.from({ length: 200 }, (_, i) => `g${i}: individual(id: "${randomUUID()}") { id givenName }`).join(" ");
    expectRefused(await graphql(hub.gatewayUrl!, `{ ${guesses} }`, { token }), "OPERATION_LIMIT_EXCEEDED", 400);
    expectRefused(await graphql(hub.subgraphs.individuals!.url, `{ ${guesses} }`, { token }), "OPERATION_LIMIT_EXCEEDED", 400);
  });

  it("alias brute force on a mutation: 50 registrations in one request are refused and none is made", async () => {
    const input = (i: number) => `{ givenName: "Brute${i}", familyName: "Force", birthDate: "1950-01-01", county: "Hamilton", state: "OH" }`;
    const registrations = Array.from({ length: 50 }, (_, i) => `r${i}: registerIndividual(input: ${input(i)}) { outcome }`).join(" ");
    for (const url of [hub.gatewayUrl!, hub.subgraphs.individuals!.url]) {
      expectRefused(await graphql(url, `mutation { ${registrations} }`, { token }), "OPERATION_LIMIT_EXCEEDED", 400);
    }
    expect(await hub.subgraphs.individuals!.client.individual.count({ where: { familyName: "Force" } })).toBe(0);
  });

  it("batching: an array of operations in one HTTP request is refused", async () => {
    for (const target of targets()) {
      const origin = new URL(target.url);
      const batch = Array.from({ length: 100 }, () => ({ query: target.probe }));
      const response = await request(origin.origin)
        .post(origin.pathname)
        .set("content-type", "application/json")
        .set("authorization", `Bearer ${token}`)
        .send(batch);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).not.toMatch(/givenName|"id"/);
      expect(response.body.errors[0].extensions.code).toBe("BAD_REQUEST");
    }
  });

  it("a deeply nested query around the graph's cycles is refused before it runs", async () => {
    let loop = "id";
    for (let i = 0; i < 20; i += 1) loop = `residents { stay { facility { ${loop} } } }`;
    const deep = `{ facility(id: "${facility.id}") { ${loop} } }`;
    expectRefused(await graphql(hub.gatewayUrl!, deep, { token }), "OPERATION_LIMIT_EXCEEDED", 400);
    expectRefused(await graphql(hub.subgraphs.facilities!.url, deep, { token }), "OPERATION_LIMIT_EXCEEDED", 400);
  });

  it("huge variables: a body over the limit is refused with HTTP 413, its rest discarded unread", async () => {
    // Just over each default: the gateway's 4 MiB, the subgraphs' 32 MiB (room for a claim batch's entity fetch).
    const filler = { gateway: "x".repeat(4 * 1024 * 1024 + 1), subgraph: "x".repeat(32 * 1024 * 1024 + 1) };
    for (const target of targets()) {
      const answer = await graphql(target.url, target.probe, { token, variables: { filler: target.name === "gateway" ? filler.gateway : filler.subgraph } });
      expect(answer.status).toBe(413);
      expect(errorCodes(answer)).toEqual(["BAD_REQUEST"]);
      expect(answer.data ?? null).toBeNull();
    }
  });

  it("a batch of 20,000 identifiers: the gateway refuses the list, and so does the subgraph sent one over the gateway's list size", async () => {
    const batch = `query($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id givenName } }`;
    const ids = (count: number) => Array.from({ length: count }, (_, i) => ({ type: "MEDICAID_ID", issuer: "OH", value: `DEMO${String(i).padStart(8, "0")}` }));
    expectRefused(await graphql(hub.gatewayUrl!, batch, { token, variables: { ids: ids(20_000) } }), "OPERATION_LIMIT_EXCEEDED", 400);
    // Straight to the subgraph a partner gets the gateway's limits (architecture.md, "Trust boundary").
    expectRefused(await graphql(hub.subgraphs.individuals!.url, batch, { token, variables: { ids: ids(10_001) } }), "OPERATION_LIMIT_EXCEEDED", 400);
  });

  it("variables nested 50,000 levels deep are refused as a bad request, not a crash", async () => {
    // Written by hand: JSON.stringify itself recurses and could not build this body.
    const nested = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    const query = `query($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id } }`;
    const body = `{"query":${JSON.stringify(query)},"variables":{"ids":${nested},"unused":${nested}}}`;
    for (const url of [hub.gatewayUrl!, hub.subgraphs.individuals!.url]) {
      const target = new URL(url);
      const response = await request(target.origin)
        .post(target.pathname)
        .set("content-type", "application/json")
        .set("authorization", `Bearer ${token}`)
        .send(body);
      expect(response.status).toBe(400);
      expect(["BAD_REQUEST", "BAD_USER_INPUT"]).toContain(response.body.errors[0].extensions.code);
      expect(response.body.data ?? null).toBeNull();
    }
  });
});

describe("ids that name nothing, at the gateway and at the owning subgraph", () => {
  let token: string;
  beforeAll(async () => {
    token = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "abuse-ids" });
  });

  it("an unknown id reads as null; a malformed one is BAD_USER_INPUT; neither is a server error", async () => {
    for (const url of [hub.gatewayUrl!, hub.subgraphs.individuals!.url]) {
      const unknown = await graphql(url, `{ individual(id: "${randomUUID()}") { id givenName } }`, { token });
      expectNoRecord(unknown);
      expect(errorCodes(unknown).filter((code) => code !== "NOT_FOUND")).toEqual([]);
      for (const malformed of ["' OR 1=1 --", "../../etc/passwd", "0".repeat(10_000)]) {
        const answer = await graphql(url, `query($id: ID!) { individual(id: $id) { id givenName } }`, { token, variables: { id: malformed } });
        expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
        expectNoRecord(answer);
      }
    }
    for (const url of [hub.gatewayUrl!, hub.subgraphs.facilities!.url]) {
      const answer = await graphql(url, `{ facility(id: "${randomUUID()}") { id name } facilityByProviderNumber(providerNumber: "NO-SUCH-1") { id } }`, {
        token,
      });
      expectNoRecord(answer);
    }
  });

  it("an entity reference to an unknown id resolves to null, not to a record or an error", async () => {
    const entities = `{ _entities(representations: [{ __typename: "Individual", id: "${randomUUID()}" }]) { ... on Individual { givenName } } }`;
    const answer = await graphql(hub.subgraphs.individuals!.url, entities, { token });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ _entities: [null] });
  });
});
