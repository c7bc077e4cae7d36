import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import { recordPrimarySmiFindings } from "../../../test/support/level-two-findings.ts";
import { imdMeasureRefusal, imdShareOf, imdStatus } from "../src/imd/imd-share.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";
import { startScreeningsSubgraph, type TestHub } from "./support.ts";

/** MINIMAL, issue 4: the IMD share screenings computes for facilities (rules, and `_entities` as the router sends them). */
describe("IMD thresholds (CO 10 CCR 2505-10 8.401.4)", () => {
  it("above 40 % is NOTICE, above 50 % is AT_RISK; exactly 40 % and 50 % are not above", () => {
    expect([imdStatus(0.4), imdStatus(0.41), imdStatus(0.5), imdStatus(0.51)]).toEqual(["BELOW_NOTICE", "NOTICE", "NOTICE", "AT_RISK"]);
  });

  it("counts each resident once, and a facility with no residents has a share of 0", () => {
    expect(imdShareOf(["a", "b", "a"], new Set(["a", "x"]))).toEqual({ residentCount: 2, primarySeriousMentalIllnessCount: 1, share: 0.5, status: "NOTICE" });
    expect(imdShareOf([], new Set()).share).toBe(0);
  });
});

describe("which IMD test a state uses", () => {
  it("IL: the IMD test counts residents with MI who lack a medical override, a finding the hub does not hold: no share is answered in its place (IL manual II)", () => {
    expect(imdMeasureRefusal(policyPresets.IL)).toMatch(/IL-IMD-DEFINITION/);
    expect(imdMeasureRefusal(policyPresets.CO)).toBeNull();
    expect(imdMeasureRefusal(policyPresets.FEDERAL)).toBeNull();
  });

  it("an Illinois hub answers the share with a CONFLICT naming the rule, not with Colorado's share", async () => {
    const { hub } = await startScreeningsSubgraph({ env: { PASRR_POLICY_STATE: "IL" } });
    try {
      const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
      const answer = await graphql(
        hub.subgraphs.screenings!.url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id imdShare { share } } } }`,
        {
          token,
          headers: await hub.gatewayVouch(),
          variables: { r: [{ __typename: "Facility", id: randomUUID(), county: "Cook", currentResidentIds: [randomUUID()] }] },
        },
      );
      expect(errorCodes(answer)).toEqual(["CONFLICT"]);
      expect(answer.errors![0]!.extensions!.rule).toBe("IL-IMD-DEFINITION");
    } finally {
      await hub.stop();
    }
  });
});

describe("Facility.imdShare through _entities", () => {
  let hub: TestHub;
  let url: string;
  const withSmi = [randomUUID(), randomUUID(), randomUUID()];
  const without = [randomUUID(), randomUUID()];
  const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id imdShare { residentCount primarySeriousMentalIllnessCount status } } } }`;
  const facility = (county: string, currentResidentIds: string[]) => ({ __typename: "Facility", id: randomUUID(), county, currentResidentIds });

  beforeAll(async () => {
    ({ hub, url } = await startScreeningsSubgraph());
    const on = new Date("2026-10-01T00:00:00Z");
    await recordPrimarySmiFindings(hub, [
      ...withSmi.map((individualId) => ({ individualId, determinedOn: on, primarySeriousMentalIllness: true })),
      ...without.map((individualId) => ({ individualId, determinedOn: on, primarySeriousMentalIllness: false })),
    ]);
  });
  afterAll(() => hub?.stop());

  it("answers the share of every facility asked in one SQL statement", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    hub.subgraphs.screenings!.statements.reset();
    const answer = await graphql(url, query, {
      token,
      headers: await hub.gatewayVouch(),
      variables: { r: [facility("Hamilton", [...withSmi, ...without]), facility("Butler", without), facility("Butler", [])] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities.map((entry: { imdShare: unknown }) => entry.imdShare)).toEqual([
      { residentCount: 5, primarySeriousMentalIllnessCount: 3, status: "AT_RISK" },
      { residentCount: 2, primarySeriousMentalIllnessCount: 0, status: "BELOW_NOTICE" },
      { residentCount: 0, primarySeriousMentalIllnessCount: 0, status: "BELOW_NOTICE" },
    ]);
    expect(hub.subgraphs.screenings!.statements.count).toBe(1);
  });

  it("a PAA reads the share in its counties only; other roles may not (FORBIDDEN)", async () => {
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    expect(
      (await graphql(url, query, { token: paa, headers: await hub.gatewayVouch(), variables: { r: [facility("Hamilton", withSmi)] } })).errors,
    ).toBeUndefined();
    expect(errorCodes(await graphql(url, query, { token: paa, headers: await hub.gatewayVouch(), variables: { r: [facility("Butler", withSmi)] } }))).toEqual([
      "FORBIDDEN",
    ]);
    for (const role of ["NURSING_FACILITY", "HOSPITAL", "MEDICAID_PAYMENT", "MH_AUTHORITY", "DD_AUTHORITY"] as const) {
      const token = await hub.token({ role, facilityIds: [randomUUID()] });
      expect(
        errorCodes(await graphql(url, query, { token, headers: await hub.gatewayVouch(), variables: { r: [facility("Hamilton", withSmi)] } })),
        role,
      ).toEqual(["FORBIDDEN"]);
    }
  });

  it("ImdReview.facilitiesOverThreshold weighs each reviewed facility and keeps those over the threshold", async () => {
    const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    const [high, low] = [facility("Hamilton", [...withSmi, ...without]), facility("Butler", without)];
    const answer = await graphql(
      url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ImdReview { facilitiesOverThreshold { facility { id } imdShare { status } } } } }`,
      {
        token,
        headers: await hub.gatewayVouch(),
        variables: {
          r: [
            {
              __typename: "ImdReview",
              asOf: "2026-11-22",
              nursingFacilities: [high, low].map(({ id, county, currentResidentIds }) => ({ id, county, currentResidentIds })),
            },
          ],
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities[0].facilitiesOverThreshold).toEqual([{ facility: { id: high.id }, imdShare: { status: "AT_RISK" } }]);
  });
});
