import type { StatementLog } from "@pasrr/db/statement-log";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import {
  admission,
  daysAgo,
  facilityToken,
  newFacility,
  newPersonId,
  record,
  recordOk,
  roleToken,
  type TestFacility,
  startFacilitiesSubgraph,
  type TestHub,
} from "./support.ts";

/**
 * Who may record and read census data (issue 4 §6), role by role, sent straight to the subgraph:
 * a request here gets no more than through the gateway.
 */
let hub: TestHub;
let url: string;
let statements: StatementLog;
let nfA: TestFacility; // Hamilton, Region 1
let nfB: TestFacility; // Franklin, Region 2
let hospital: TestFacility; // Hamilton
const fromHospital = newPersonId(); // at nfA, admitted from the hospital
const atB = newPersonId(); // at nfB, from the community
let stayAtA: string;
let stayAtB: string;

beforeAll(async () => {
  ({ hub, url, statements } = await startFacilitiesSubgraph());
  nfA = await newFacility(hub, url, { county: "Hamilton", region: "Region 1" });
  nfB = await newFacility(hub, url, { county: "Franklin", region: "Region 2" });
  hospital = await newFacility(hub, url, { type: "HOSPITAL", county: "Hamilton" });
  stayAtA = (
    await recordOk(
      url,
      await facilityToken(hub, nfA.id),
      admission(fromHospital, nfA.id, daysAgo(10), { admissionSource: "HOSPITAL_INPATIENT", fromFacilityId: hospital.id }),
    )
  ).stay!.id;
  stayAtB = (await recordOk(url, await facilityToken(hub, nfB.id), admission(atB, nfB.id, daysAgo(10)))).stay!.id;
});
afterAll(() => hub?.stop());

const staysOf = (fields: string) => `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id stays { ${fields} } } } }`;
async function visibleStays(token: string, person: string): Promise<string[] | undefined> {
  const answer = await graphql(url, staysOf("id"), {
    token,
    headers: await hub.gatewayVouch(),
    variables: { r: [{ __typename: "Individual", id: person, mergedIds: [] }] },
  });
  if (answer.errors) return undefined;
  return answer.data!._entities[0].stays.map((stay: { id: string }) => stay.id);
}
async function census(token: string, facility: TestFacility, fields = "individual { id } payer") {
  return graphql(url, `query ($id: ID!, $on: Date!) { facility(id: $id) { id census(on: $on) { ${fields} } } }`, {
    token,
    variables: { id: facility.id, on: daysAgo(1) },
  });
}
const leaveAt = (facility: TestFacility, person: string) => ({
  kind: "LEAVE_OF_ABSENCE",
  individualId: person,
  facilityId: facility.id,
  effectiveOn: daysAgo(1),
});

describe("a nursing facility", () => {
  it("records and reads events for its own facilities", async () => {
    const token = await facilityToken(hub, nfA.id);
    await recordOk(url, token, admission(newPersonId(), nfA.id, daysAgo(2)));
    expect((await census(token, nfA)).errors).toBeUndefined();
    expect(await visibleStays(token, fromHospital)).toEqual([stayAtA]);
  });

  it("may not record for another facility (FORBIDDEN before anything is read)", async () => {
    statements.reset();
    const answer = await record(url, await facilityToken(hub, nfA.id), leaveAt(nfB, atB));
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(statements.count).toBe(0);
  });

  it("may not read another facility's census (FORBIDDEN), and another facility's stays are not there", async () => {
    const token = await facilityToken(hub, nfA.id);
    expect(errorCodes(await census(token, nfB))).toEqual(["FORBIDDEN"]);
    expect(await visibleStays(token, atB)).toEqual([]);
    const single = await graphql(url, `query ($id: ID!) { stay(id: $id) { id } }`, { token, variables: { id: stayAtB } });
    expect(single.errors).toBeUndefined();
    expect(single.data!.stay).toBeNull();
  });
});

describe("a hospital", () => {
  it("reads the stays it discharged to, and no others", async () => {
    const token = await roleToken(hub, "HOSPITAL", { facilityIds: [hospital.id] });
    expect(await visibleStays(token, fromHospital)).toEqual([stayAtA]);
    expect(await visibleStays(token, atB)).toEqual([]);
  });

  it("reads no facility's census and records nothing (FORBIDDEN)", async () => {
    const token = await roleToken(hub, "HOSPITAL", { facilityIds: [hospital.id] });
    expect(errorCodes(await census(token, nfA))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await record(url, token, admission(newPersonId(), nfA.id, daysAgo(1))))).toEqual(["FORBIDDEN"]);
  });
});

describe("a PAA", () => {
  it("reads facilities' census and stays in its counties only", async () => {
    const token = await roleToken(hub, "PAA", { counties: ["Hamilton"] });
    expect((await census(token, nfA)).errors).toBeUndefined();
    expect(errorCodes(await census(token, nfB))).toEqual(["FORBIDDEN"]);
    expect(await visibleStays(token, fromHospital)).toEqual([stayAtA]);
    expect(await visibleStays(token, atB)).toEqual([]);
  });

  it("records nothing (FORBIDDEN)", async () => {
    const token = await roleToken(hub, "PAA", { counties: ["Hamilton"] });
    expect(errorCodes(await record(url, token, leaveAt(nfA, fromHospital)))).toEqual(["FORBIDDEN"]);
  });
});

describe("the Medicaid payment system", () => {
  const token = () => roleToken(hub, "MEDICAID_PAYMENT");

  it("reads every stay's dates, facility and payer, and the census with payers", async () => {
    const answer = await graphql(
      url,
      staysOf("id admittedOn dischargedOn facility { providerNumber } payerPeriods { payer startsOn endsOn } leavePeriods { leftOn }"),
      {
        headers: await hub.gatewayVouch(),
        token: await token(),
        variables: { r: [{ __typename: "Individual", id: atB, mergedIds: [] }] },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities[0].stays).toEqual([
      {
        id: stayAtB,
        admittedOn: daysAgo(10),
        dischargedOn: null,
        facility: { providerNumber: nfB.providerNumber },
        payerPeriods: [{ payer: "MEDICAID", startsOn: daysAgo(10), endsOn: null }],
        leavePeriods: [],
      },
    ]);
    expect((await census(await token(), nfA)).errors).toBeUndefined();
  });

  it.each(["admissionSource", "dischargeDestination", "admittedFrom { id }", "events { id }"])(
    "reads nothing clinical: Stay.%s is FORBIDDEN",
    async (field) => {
      const answer = await graphql(url, `query ($id: ID!) { stay(id: $id) { id ${field} } }`, { token: await token(), variables: { id: stayAtA } });
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    },
  );

  it("records nothing (FORBIDDEN)", async () => {
    expect(errorCodes(await record(url, await token(), leaveAt(nfA, fromHospital)))).toEqual(["FORBIDDEN"]);
  });
});

describe("the state Medicaid agency", () => {
  it("reads all census and stays, clinical detail included", async () => {
    const token = await roleToken(hub, "STATE_MEDICAID_AGENCY");
    expect((await census(token, nfB, "individual { id } stay { admissionSource events { kind } }")).errors).toBeUndefined();
    expect(await visibleStays(token, fromHospital)).toEqual([stayAtA]);
    expect(await visibleStays(token, atB)).toEqual([stayAtB]);
  });

  it("records corrections (the help desk fixes mistakes) but no other event (FORBIDDEN)", async () => {
    const token = await roleToken(hub, "STATE_MEDICAID_AGENCY");
    const person = newPersonId();
    const admitted = await recordOk(url, await facilityToken(hub, nfA.id), admission(person, nfA.id, daysAgo(6)));
    expect(errorCodes(await record(url, token, leaveAt(nfA, person)))).toEqual(["FORBIDDEN"]);
    await recordOk(url, token, {
      kind: "CORRECTION",
      individualId: person,
      facilityId: nfA.id,
      effectiveOn: daysAgo(7),
      correctsEventId: admitted.event.id,
      reason: "help desk ticket 42",
    });
  });
});

describe.each(["MH_AUTHORITY", "DD_AUTHORITY"] as const)("the %s", (role) => {
  it("reads the public registry, but no census and no stays (FORBIDDEN), and records nothing", async () => {
    const token = await roleToken(hub, role);
    const registry = await graphql(url, `query ($id: ID!) { facility(id: $id) { name providerNumber } }`, { token, variables: { id: nfA.id } });
    expect(registry.errors).toBeUndefined();
    expect(errorCodes(await census(token, nfA))).toEqual(["FORBIDDEN"]);
    expect(await visibleStays(token, fromHospital)).toBeUndefined();
    expect(errorCodes(await record(url, token, leaveAt(nfA, fromHospital)))).toEqual(["FORBIDDEN"]);
  });
});
