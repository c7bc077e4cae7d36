import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

/**
 * Issue 15, finding 3: `@external` values handed to a subgraph straight, not through the gateway.
 * A partner who could put a made-up county and resident list in a Facility representation read
 * `imdShare` as a per-person primary-SMI oracle; one who could put another person's id in
 * `mergedIds` read that person's screens, determinations and stays as if merged into their own.
 * Only a request the gateway (or another hub service) vouches for may carry such values.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const imdShare = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id imdShare { residentCount primarySeriousMentalIllnessCount } } } }`;
const forgedFacility = () => ({ __typename: "Facility", id: randomUUID(), county: "Hamilton", currentResidentIds: [randomUUID()] });
const forgedPerson = (victim: string) => ({ __typename: "Individual", id: randomUUID(), mergedIds: [victim] });

const mergedReads = {
  screenings: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id levelOneScreens { id } } } }`,
  levelofcare: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id levelOfCareDeterminations { id } } } }`,
  facilities: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id stays { id } } } }`,
} as const;

describe("a representation with @external values, sent straight to a subgraph", () => {
  it("Facility { county currentResidentIds } is refused by screenings for every role: no IMD share is computed from typed-in residents", async () => {
    for (const token of [await hub.token({ role: "PAA", counties: ["Hamilton"] }), await hub.token({ role: "STATE_MEDICAID_AGENCY" })]) {
      const answer = await graphql(hub.subgraphs.screenings!.url, imdShare, { token, variables: { r: [forgedFacility()] } });
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.data?._entities ?? null).toBeNull();
    }
  });

  for (const [service, query] of Object.entries(mergedReads) as [keyof typeof mergedReads, string][]) {
    it(`Individual { mergedIds } is refused by ${service}: another person's records are not read as merged ones`, async () => {
      const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
      const answer = await graphql(hub.subgraphs[service]!.url, query, { token, variables: { r: [forgedPerson(randomUUID())] } });
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    });
  }

  it("a representation holding the key alone is still answered (every field applies its own rules)", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    const answer = await graphql(hub.subgraphs.facilities!.url, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id } } }`, {
      token,
      variables: { r: [{ __typename: "Facility", id: randomUUID() }] },
    });
    expect(answer.errors).toBeUndefined();
  });

  it("a forged service credential refuses the whole request (401), it is not read as a partner's request", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    const partnerToken = `Bearer ${token}`;
    for (const forged of ["Bearer not-a-jwt", partnerToken]) {
      const answer = await graphql(hub.subgraphs.screenings!.url, imdShare, {
        token,
        headers: { "x-hub-service-credential": forged },
        variables: { r: [forgedFacility()] },
      });
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("the same facts through the gateway, which vouches for them, still answer the partner who may see them", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    const answer = await graphql(hub.gatewayUrl!, `{ imdReview { facilitiesOverThreshold(threshold: NOTICE) { facility { id } } } }`, { token });
    expect(answer.errors).toBeUndefined();
  });
});
