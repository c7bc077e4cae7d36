import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { maple, mercyHospital, riverbend, tobias, wren } from "./scope-attacks.ts";

/**
 * Scope finding 3, "scoped cells that nothing scopes": `individual(id) { pasrr { currentOutcome
 * screenId pendingReferralIds } }` showed another county's or facility's clinical outcome to
 * PAAs, hospitals, NFs and Level II authorities. Nested fields now obey the same cells as root
 * fields: the matrix guard checks the standing's records against the caller's scope.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
});
afterAll(() => hub?.stop());

const clinical = `pasrr { currentOutcome screenId pendingReferralIds }`;
const throughGateway = `query($id: ID!) { individual(id: $id) { ${clinical} } }`;
const throughEntities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { ${clinical} } } }`;
const hidden = { currentOutcome: null, screenId: null, pendingReferralIds: [] };

async function standingSeenBy(token: string, personId: string) {
  const viaGateway = await graphql(hub.gatewayUrl!, throughGateway, { token, variables: { id: personId } });
  // Key only, as a partner may send straight to screenings: no @external value, no vouching needed.
  const direct = await graphql(hub.subgraphs.screenings!.url, throughEntities, { token, variables: { r: [{ __typename: "Individual", id: personId }] } });
  expect(viaGateway.errors).toBeUndefined();
  expect(direct.errors).toBeUndefined();
  return [viaGateway.data!.individual.pasrr, direct.data!._entities[0].pasrr];
}

describe("another county's or facility's PASRR outcome is not shown through Individual.pasrr", () => {
  const outsiders: [string, () => Promise<string>, string][] = [
    ["a Hamilton PAA", () => hub.token({ role: "PAA", counties: ["Hamilton"] }), tobias.id],
    ["Maple's NF", () => hub.token({ role: "NURSING_FACILITY", facilityIds: [maple.id] }), tobias.id],
    ["a hospital naming Riverbend's id in its token", () => hub.token({ role: "HOSPITAL", facilityIds: [riverbend.id] }), tobias.id],
    ["the Hamilton hospital", () => hub.token({ role: "HOSPITAL", facilityIds: [mercyHospital] }), tobias.id],
    ["the DD authority (Wren's referral is MH's)", () => hub.token({ role: "DD_AUTHORITY" }), wren.id],
  ];
  for (const [who, token, person] of outsiders) {
    it(`${who} sees no current outcome, screen or pending referral`, async () => {
      for (const seen of await standingSeenBy(await token(), person)) expect(seen).toEqual(hidden);
    });
  }
});

describe("the partner in scope still sees it", () => {
  const insiders: [string, () => Promise<string>, string, string][] = [
    ["the Butler PAA", () => hub.token({ role: "PAA", counties: ["Butler"] }), tobias.id, "LEVEL_II_REQUIRED"],
    ["Riverbend's NF", () => hub.token({ role: "NURSING_FACILITY", facilityIds: [riverbend.id] }), tobias.id, "LEVEL_II_REQUIRED"],
    ["the MH authority (Wren's referral is its own)", () => hub.token({ role: "MH_AUTHORITY" }), wren.id, "LEVEL_II_REQUIRED"],
  ];
  for (const [who, token, person, outcome] of insiders) {
    it(`${who} sees the outcome`, async () => {
      for (const seen of await standingSeenBy(await token(), person)) expect(seen.currentOutcome).toBe(outcome);
    });
  }
});
