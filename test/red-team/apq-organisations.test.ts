import { demoPeople } from "@pasrr/devtools/demo-cast";
import { subgraphNames } from "@pasrr/config/service-names";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationId } from "../../gateway/src/persisted-operations/operation-manifest.ts";
import { errorCodes, type GraphQLAnswer } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/**
 * Red team, finding 6: the gateway's APQ cache was shared across organisations, so one
 * organisation learned whether another had sent an operation by sending its hash alone. Texts are
 * now kept per organisation, and subgraphs keep no APQ cache at all (the gateway sends them full texts).
 */
let hub: TestHub;
const person = demoPeople[0]!;
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: operationId(query) } });

async function send(url: string, token: string, body: Record<string, unknown>): Promise<GraphQLAnswer<Record<string, unknown>>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object), headers: {} };
}

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
});
afterAll(() => hub?.stop());

describe("APQ texts belong to the organisation that registered them", () => {
  it("another organisation's hash-only request is answered PERSISTED_QUERY_NOT_FOUND, exactly as a hash nobody sent; the registering organisation still runs it by hash", async () => {
    const owner = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId: "paa-owner" });
    const prober = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId: "paa-prober" });
    const query = `query OwnerSecretLookup($id: ID!) { individual(id: $id) { id } }`;
    const variables = { id: person.id };
    const registered = await send(hub.gatewayUrl!, owner, { query, extensions: persisted(query), variables });
    expect(registered.data).toEqual({ individual: { id: person.id } });

    const probe = await send(hub.gatewayUrl!, prober, { extensions: persisted(query), variables });
    const neverSent = await send(hub.gatewayUrl!, prober, { extensions: persisted(`${query} # never sent`), variables });
    expect(errorCodes(probe)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect({ ...probe, headers: {} }).toEqual({ ...neverSent, headers: {} });

    const byOwner = await send(hub.gatewayUrl!, owner, { extensions: persisted(query), variables });
    expect(byOwner.data).toEqual({ individual: { id: person.id } });
  });

  it("the prober registering the same text itself gets it by hash afterwards (registration is per organisation, not refused)", async () => {
    const prober = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "state-prober" });
    const query = `query ProberOwn { __typename }`;
    expect(errorCodes(await send(hub.gatewayUrl!, prober, { extensions: persisted(query) }))).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect((await send(hub.gatewayUrl!, prober, { query, extensions: persisted(query) })).data).toEqual({ __typename: "Query" });
    expect((await send(hub.gatewayUrl!, prober, { extensions: persisted(query) })).data).toEqual({ __typename: "Query" });
  });

  it.each(subgraphNames)("straight to %s: APQ is not offered, so a hash reveals nothing; plain queries are answered", async (name) => {
    const url = hub.subgraphs[name]!.url;
    const owner = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "state-owner" });
    const prober = await hub.token({ role: "STATE_MEDICAID_AGENCY", organisationId: "state-prober-2" });
    const query = `query DirectSecret { __typename }`;
    const registering = await send(url, owner, { query, extensions: persisted(query) });
    expect(errorCodes(registering)).toEqual(["PERSISTED_QUERY_NOT_SUPPORTED"]);
    expect(errorCodes(await send(url, prober, { extensions: persisted(query) }))).toEqual(["PERSISTED_QUERY_NOT_SUPPORTED"]);
    expect((await send(url, owner, { query })).data).toEqual({ __typename: "Query" });
  });
});
