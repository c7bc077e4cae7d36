import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/** One person's fields from all four subgraphs: the query the spine exists to answer. */
export const personAcrossTheGraph = /* GraphQL */ `
  query PersonAcrossTheGraph($id: ID!) {
    individual(id: $id) {
      id
      givenName
      familyName
      birthDate
      levelOneScreens { id screenedOn submittingOrganisationId }
      levelOfCareDeterminations { id levelOfCareType decision effectiveFrom effectiveThrough facility { id name providerNumber } }
      stays { admittedOn dischargedOn facility { id name providerNumber region } }
    }
  }
`;

/** The end-to-end story, run against the embedded database and against PostgreSQL alike. */
export function federationSuite(database: "pglite" | "postgres") {
  describe(`the graph through the real gateway (${database})`, () => {
    let hub: TestHub;
    let stateToken: string;
    const person = demoPeople[0]!;

    beforeAll(async () => {
      hub = await startTestHub({ database, seedDemoData: true });
      stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    });
    afterAll(() => hub?.stop());

    it("one query reads a person's fields from all four subgraphs", async () => {
      const answer = await graphql(hub.gatewayUrl!, personAcrossTheGraph, { token: stateToken, variables: { id: person.id } });
      expect(answer.errors).toBeUndefined();
      const individual = answer.data!.individual;
      expect(individual).toMatchObject({ id: person.id, givenName: person.givenName, familyName: person.familyName, birthDate: person.birthDate });
      expect(individual.levelOneScreens).toEqual([
        { id: expect.any(String), screenedOn: "2026-09-12", submittingOrganisationId: demoFacilities[0]!.providerNumber },
      ]);
      expect(individual.levelOfCareDeterminations).toEqual([
        {
          id: expect.any(String),
          levelOfCareType: "NF_INTERMEDIATE",
          decision: "APPROVED",
          effectiveFrom: "2026-09-14",
          effectiveThrough: "2027-03-13",
          facility: { id: demoFacilities[0]!.id, name: demoFacilities[0]!.name, providerNumber: demoFacilities[0]!.providerNumber },
        },
      ]);
      expect(individual.stays).toEqual([
        {
          admittedOn: "2026-09-14",
          dischargedOn: null,
          facility: { id: demoFacilities[0]!.id, name: demoFacilities[0]!.name, providerNumber: demoFacilities[0]!.providerNumber, region: "Region 1" },
        },
      ]);
    });

    it("a person registered through the gateway is read back with empty lists from the other three", async () => {
      const registered = await graphql(
        hub.gatewayUrl!,
        `mutation Register($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id givenName state } } }`,
        {
          token: stateToken,
          variables: { input: { givenName: "  Ines  ", familyName: "Varga-Holt", birthDate: "1948-06-30", county: "Butler", state: "oh" } },
        },
      );
      expect(registered.errors).toBeUndefined();
      expect(registered.data!.registerIndividual).toMatchObject({ outcome: "CREATED", individual: { givenName: "Ines", state: "OH" } });
      const id = registered.data!.registerIndividual.individual.id;
      const answer = await graphql(hub.gatewayUrl!, personAcrossTheGraph, { token: stateToken, variables: { id } });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.individual).toMatchObject({ id, levelOneScreens: [], levelOfCareDeterminations: [], stays: [] });
    });

    it("without a token the gateway refuses the query with UNAUTHENTICATED", async () => {
      const answer = await graphql(hub.gatewayUrl!, personAcrossTheGraph, { variables: { id: person.id } });
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
      expect(answer.data ?? null).toBeNull();
    });

    it("without a token every subgraph refuses a request sent straight to it", async () => {
      for (const service of Object.values(hub.subgraphs)) {
        const answer = await graphql(service.url, `{ _service { sdl } }`);
        expect(answer.status, service.name).toBe(401);
        expect(errorCodes(answer), service.name).toEqual(["UNAUTHENTICATED"]);
      }
    });

    it("a token signed by another key is refused by the gateway and by each subgraph", async () => {
      const stranger = await startTestHub({ only: ["individuals"] });
      const forged = await stranger.token({ role: "STATE_MEDICAID_AGENCY" });
      await stranger.stop();
      const viaGateway = await graphql(hub.gatewayUrl!, personAcrossTheGraph, { token: forged, variables: { id: person.id } });
      expect(errorCodes(viaGateway)).toEqual(["UNAUTHENTICATED"]);
      const direct = await graphql(hub.subgraphs.individuals!.url, `{ individual(id: "${person.id}") { id } }`, { token: forged });
      expect(errorCodes(direct)).toEqual(["UNAUTHENTICATED"]);
    });

    it("an expired token is refused", async () => {
      const expired = await hub.token({ role: "STATE_MEDICAID_AGENCY", issuedAt: Math.floor(Date.now() / 1000) - 7200, expiresInSeconds: 3600 });
      const answer = await graphql(hub.gatewayUrl!, personAcrossTheGraph, { token: expired, variables: { id: person.id } });
      expect(answer.status).toBe(401);
      expect(answer.errors?.[0]?.message).toMatch(/expired/);
    });

    it("the gateway echoes the partner's request id as x-client-request-id, beside the hub's own request id", async () => {
      const answer = await graphql(hub.gatewayUrl!, `{ individual(id: "${person.id}") { id } }`, {
        token: stateToken,
        headers: { "x-request-id": "claims-batch-000123" },
      });
      expect(answer.headers["x-client-request-id"]).toBe("claims-batch-000123");
      expect(answer.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
}
