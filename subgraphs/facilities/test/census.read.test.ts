import type { StatementLog } from "@pasrr/db/statement-log";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../../test/support/graphql.ts";
import { admission, daysAgo, facilityToken, newFacility, newPersonId, recordOk, startFacilitiesSubgraph, type TestFacility, type TestHub } from "./support.ts";

/** Reading a facility's census: what comes back, and what it costs in SQL statements. */
let hub: TestHub;
let url: string;
let stateToken: string;
let statements: StatementLog;

beforeAll(async () => ({ hub, url, stateToken, statements } = await startFacilitiesSubgraph()));
afterAll(() => hub?.stop());

/** Admits `count` new people to a facility, 10 aliased mutations per request (the root-field limit); returns their ids. */
async function fill(facility: TestFacility, count: number, on: string): Promise<string[]> {
  const token = await facilityToken(hub, facility.id);
  const people = Array.from({ length: count }, () => newPersonId());
  for (let start = 0; start < count; start += 10) {
    const chunk = people.slice(start, start + 10);
    const fields = chunk.map((_, n) => `a${n}: recordCensusEvent(input: $i${n}) { event { id } }`);
    const variables = Object.fromEntries(chunk.map((person, n) => [`i${n}`, admission(person, facility.id, on)]));
    const header = chunk.map((_, n) => `$i${n}: RecordCensusEventInput!`).join(", ");
    const answer = await graphql(url, `mutation Fill(${header}) { ${fields.join("\n")} }`, { token, variables });
    expect(answer.errors).toBeUndefined();
  }
  return people;
}

const censusQuery = `query Census($id: ID!, $on: Date!) {
  facility(id: $id) {
    id name certifiedBeds
    census(on: $on) {
      presence payer
      individual { id }
      stay { id admittedOn dischargedOn admissionSource endReason payerPeriods { payer startsOn endsOn } leavePeriods { kind leftOn returnedOn } }
    }
  }
}`;

describe("Facility.census(on:)", () => {
  it("the census of a 300-bed facility on a day is one SQL statement for the whole request, whatever the number of residents", async () => {
    const small = await newFacility(hub, url, { certifiedBeds: 300 });
    const large = await newFacility(hub, url, { certifiedBeds: 300 });
    await fill(small, 3, daysAgo(20));
    await fill(large, 300, daysAgo(20));

    const log = statements;
    log.record = true;
    try {
      for (const [facility, residents] of [
        [small, 3],
        [large, 300],
      ] as const) {
        log.reset();
        const answer = await graphql(url, censusQuery, { token: stateToken, variables: { id: facility.id, on: daysAgo(1) } });
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.facility.census).toHaveLength(residents);
        expect(log.count).toBe(1);
        expect(log.statements[0]).toMatch(/FROM "Facility" f\s+LEFT JOIN "Stay" s/);
      }
    } finally {
      log.record = false;
    }
    // Admitting 303 people through the API is most of this test's time; a loaded machine needs more than the default.
  }, 240_000);

  it("reached through `_entities`, as the router does, the facility and its census are still one statement", async () => {
    const facility = await newFacility(hub, url);
    await fill(facility, 12, daysAgo(5));
    statements.reset();
    const answer = await graphql(
      url,
      `query ($r: [_Any!]!, $on: Date!) { _entities(representations: $r) { ... on Facility { id census(on: $on) { individual { id } } } } }`,
      { token: stateToken, variables: { r: [{ __typename: "Facility", id: facility.id }], on: daysAgo(1) } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities[0].census).toHaveLength(12);
    expect(statements.count).toBe(1);
  });

  it("a page of facilities with each census costs one statement for the page and one for all the censuses", async () => {
    const region = `Census Region ${newPersonId()}`;
    for (let n = 0; n < 3; n += 1) await fill(await newFacility(hub, url, { region }), 4, daysAgo(3));
    statements.reset();
    const answer = await graphql(
      url,
      `query ($region: String!, $on: Date!) { facilities(first: 10, filter: { region: $region }) { edges { node { id census(on: $on) { individual { id } } } } } }`,
      {
        token: stateToken,
        variables: { region, on: daysAgo(1) },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.facilities.edges.map((edge: { node: { census: unknown[] } }) => edge.node.census.length)).toEqual([4, 4, 4]);
    expect(statements.count).toBe(2);
  });

  it("counts the day of admission, not the day of discharge, with residents on leave present as away and the payer of the day", async () => {
    const facility = await newFacility(hub, url);
    const token = await facilityToken(hub, facility.id);
    const [stays, leaves, goes, arrivesLater] = [newPersonId(), newPersonId(), newPersonId(), newPersonId()];
    await recordOk(url, token, admission(stays, facility.id, daysAgo(30), { payer: "MEDICARE_PART_A" }));
    await recordOk(url, token, { kind: "PAYER_CHANGE", individualId: stays, facilityId: facility.id, effectiveOn: daysAgo(10), payer: "MEDICAID" });
    await recordOk(url, token, admission(leaves, facility.id, daysAgo(30)));
    await recordOk(url, token, { kind: "HOSPITAL_LEAVE", individualId: leaves, facilityId: facility.id, effectiveOn: daysAgo(12) });
    await recordOk(url, token, { kind: "RETURN", individualId: leaves, facilityId: facility.id, effectiveOn: daysAgo(8) });
    await recordOk(url, token, admission(goes, facility.id, daysAgo(30)));
    await recordOk(url, token, {
      kind: "DISCHARGE",
      individualId: goes,
      facilityId: facility.id,
      effectiveOn: daysAgo(10),
      dischargeDestination: "HOME_OR_COMMUNITY",
    });
    await recordOk(url, token, admission(arrivesLater, facility.id, daysAgo(9)));

    const on = async (day: string) => {
      const answer = await graphql(url, censusQuery, { token: stateToken, variables: { id: facility.id, on: day } });
      expect(answer.errors).toBeUndefined();
      return Object.fromEntries(
        answer.data!.facility.census.map((entry: { individual: { id: string }; presence: string; payer: string }) => [
          entry.individual.id,
          `${entry.presence} ${entry.payer}`,
        ]),
      );
    };
    expect(await on(daysAgo(11))).toEqual({ [stays]: "IN_FACILITY MEDICARE_PART_A", [leaves]: "HOSPITAL_LEAVE MEDICAID", [goes]: "IN_FACILITY MEDICAID" });
    expect(await on(daysAgo(10))).toEqual({ [stays]: "IN_FACILITY MEDICAID", [leaves]: "HOSPITAL_LEAVE MEDICAID" });
    expect(await on(daysAgo(9))).toEqual({ [stays]: "IN_FACILITY MEDICAID", [leaves]: "HOSPITAL_LEAVE MEDICAID", [arrivesLater]: "IN_FACILITY MEDICAID" });
    expect(await on(daysAgo(8))).toEqual({ [stays]: "IN_FACILITY MEDICAID", [leaves]: "IN_FACILITY MEDICAID", [arrivesLater]: "IN_FACILITY MEDICAID" });
    const current = await graphql(url, `query ($id: ID!) { facility(id: $id) { residents { individual { id } } } }`, {
      token: stateToken,
      variables: { id: facility.id },
    });
    expect(current.data!.facility.residents.map((entry: { individual: { id: string } }) => entry.individual.id).sort()).toEqual(
      [stays, leaves, arrivesLater].sort(),
    );
  });
});
