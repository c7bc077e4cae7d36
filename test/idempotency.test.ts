import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 8, items 2 and 3, through the gateway: a mutation sent with an Idempotency-Key is done
 * once however often it is sent, even by truly concurrent retries (PostgreSQL); the same key
 * with another payload is a CONFLICT; and a request that fails midway leaves nothing written.
 */
describe.each(["pglite", "postgres"] as const)("idempotent mutations (%s)", (database) => {
  let hub: TestHub;
  let stateToken: string;
  let serial = 0;

  const register = `mutation Register($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id providerNumber } } }`;
  const facilityInput = (providerNumber: string, name = `Idempotent ${providerNumber}`) => ({
    providerNumber,
    name,
    type: "NURSING_FACILITY",
    addressLine: "1 Retry Rd",
    city: "Dayton",
    postalCode: "45402",
    county: "Montgomery",
    state: "OH",
    region: "Region 3",
    medicaidCertified: true,
    certifiedBeds: 40,
  });
  const send = (query: string, variables: Record<string, unknown>, key?: string, token = stateToken) =>
    graphql(hub.gatewayUrl!, query, { token, variables, headers: key ? { "idempotency-key": key } : {} });
  const facilitiesNamed = async (providerNumbers: string[]) => {
    const rows = await hub.subgraphs.facilities!.client.facility.findMany({ where: { providerNumber: { in: providerNumbers } } });
    return rows.length;
  };
  const freshKey = () => `key-${database}-${++serial}-${Date.now()}`;
  const freshProvider = () => `IDEM-${database.slice(0, 2).toUpperCase()}-${++serial}`;

  beforeAll(async () => {
    hub = await startTestHub({ database });
    stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });
  afterAll(() => hub?.stop());

  it("a retry with the same key gets the first answer back, marked as a replay, and writes nothing new", async () => {
    const key = freshKey();
    const input = facilityInput(freshProvider());
    const first = await send(register, { input }, key);
    expect(first.errors).toBeUndefined();
    const again = await send(register, { input }, key);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(again.headers["idempotent-replay"]).toBe("true");
    expect(first.headers["idempotent-replay"]).toBeUndefined();
    expect(await facilitiesNamed([input.providerNumber])).toBe(1);
  });

  it("without a key the same request is simply sent twice (the second refused as a duplicate provider number)", async () => {
    const input = facilityInput(freshProvider());
    expect((await send(register, { input })).errors).toBeUndefined();
    expect(errorCodes(await send(register, { input }))).toEqual(["CONFLICT"]);
  });

  it("the same key with a different payload is a CONFLICT and writes nothing", async () => {
    const key = freshKey();
    const input = facilityInput(freshProvider());
    expect((await send(register, { input }, key)).errors).toBeUndefined();
    const other = facilityInput(freshProvider());
    const reused = await send(register, { input: other }, key);
    expect(errorCodes(reused)).toEqual(["CONFLICT"]);
    expect(reused.errors![0]!.extensions).toMatchObject({ rule: "IDEMPOTENCY_KEY_REUSED" });
    expect(await facilitiesNamed([other.providerNumber])).toBe(0);
  });

  it("keys belong to an organisation: another partner's identical key is a different request", async () => {
    const key = freshKey();
    const otherState = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "test-other-state" });
    const mine = facilityInput(freshProvider());
    const theirs = facilityInput(freshProvider());
    expect((await send(register, { input: mine }, key)).errors).toBeUndefined();
    const answer = await send(register, { input: theirs }, key, otherState);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.registerFacility.facility.providerNumber).toBe(theirs.providerNumber);
  });

  it("twelve truly concurrent sends with one key write once and all get the same answer", async () => {
    const key = freshKey();
    const input = facilityInput(freshProvider());
    const answers = await Promise.all(Array.from({ length: 12 }, () => send(register, { input }, key)));
    for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.data?.registerFacility.facility.id)).size).toBe(1);
    expect(answers.filter((answer) => answer.headers["idempotent-replay"] === "true")).toHaveLength(11);
    expect(await facilitiesNamed([input.providerNumber])).toBe(1);
  });

  it("a request that fails midway leaves nothing half-written: the first of two writes is undone with the second", async () => {
    const key = freshKey();
    const good = facilityInput(freshProvider());
    const bad = { ...facilityInput(freshProvider()), certifiedBeds: -5 };
    const both = `mutation Both($good: RegisterFacilityInput!, $bad: RegisterFacilityInput!) {
      good: registerFacility(input: $good) { facility { id } } bad: registerFacility(input: $bad) { facility { id } } }`;
    const answer = await send(both, { good, bad }, key);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.data ?? null).toBeNull();
    expect(await facilitiesNamed([good.providerNumber, bad.providerNumber])).toBe(0);
    // The failed attempt kept no key: the corrected request under the same key goes through.
    const fixed = await send(both, { good, bad: { ...bad, certifiedBeds: 5 } }, key);
    expect(fixed.errors).toBeUndefined();
    expect(await facilitiesNamed([good.providerNumber, bad.providerNumber])).toBe(2);
  });

  it("a malformed key is refused before anything runs", async () => {
    const input = facilityInput(freshProvider());
    const answer = await send(register, { input }, "short");
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(await facilitiesNamed([input.providerNumber])).toBe(0);
  });

  it("a key on a query is ignored: reads are always safe to repeat", async () => {
    const answer = await send(`{ facilities(first: 1) { edges { node { id } } } }`, {}, freshKey());
    expect(answer.errors).toBeUndefined();
  });
});

describe("IDEMPOTENCY_TRANSACTION_TIMEOUT_MS", () => {
  let hub: TestHub;
  beforeAll(async () => {
    // Far shorter than any mutation's work: the bound is the configured one, not the 60 s default.
    // On PostgreSQL, where every statement waits on the network, the timer gets its turn (in-memory PGlite may answer first).
    hub = await startTestHub({ database: "postgres", only: ["facilities"], env: { IDEMPOTENCY_TRANSACTION_TIMEOUT_MS: "1", LOG_LEVEL: "error" } });
  });
  afterAll(() => hub?.stop());

  it("bounds the idempotent mutation's transaction: past it the mutation is refused and nothing is written", async () => {
    const providerNumber = "IDEM-TIMEOUT-1";
    const input = { providerNumber, name: "Timeout Manor", type: "NURSING_FACILITY", addressLine: "1 Slow Rd", city: "Dayton", postalCode: "45402" };
    const answer = await graphql(
      hub.subgraphs.facilities!.url,
      `mutation ($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id } } }`,
      {
        token: await hub.token({ role: "STATE_MEDICAID_AGENCY" }),
        variables: { input: { ...input, county: "Montgomery", state: "OH", region: "Region 3", medicaidCertified: true, certifiedBeds: 40 } },
        headers: { "idempotency-key": "timeout-key-1" },
      },
    );
    // Where the clock runs out decides the code: during the key's check, SERVICE_UNAVAILABLE ("nothing
    // was recorded"); during the resolver, Prisma's P2028 (transaction expired) answers INTERNAL_SERVER_ERROR.
    expect(errorCodes(answer).length).toBe(1);
    expect(["SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR"]).toContain(errorCodes(answer)[0]);
    expect(answer.data?.registerFacility ?? null).toBeNull();
    expect(await hub.subgraphs.facilities!.client.facility.count({ where: { providerNumber } })).toBe(0);
  });
});
