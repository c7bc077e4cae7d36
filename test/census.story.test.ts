import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { recordPrimarySmiFindings } from "./support/level-two-findings.ts";
import { startTestHub, testToday, type TestHub } from "./support/hub.ts";
import { addDays } from "@pasrr/calendar/calendar-date";

/**
 * Issue 4's done-when, through the real gateway: a facility's census story (admit from hospital →
 * hospital leave → return → transfer → discharge) yields the expected linked stays, the same
 * events sent with another facility's token are refused, and the state agency's IMD review
 * combines facilities' residents with screenings' Level II findings.
 */
/** Days before the test hub's pinned today, which every service takes for today. */
const daysAgo = (days: number) => addDays(testToday, -days);

describe.each(["pglite", "postgres"] as const)("the census through the gateway (%s)", (database) => {
  let hub: TestHub;
  let gateway: string;
  let stateToken: string;
  const facilities: Record<string, { id: string; providerNumber: string }> = {};

  const call = async (token: string, query: string, variables: Record<string, unknown> = {}) => graphql(gateway, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await call(token, query, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };

  async function register(key: string, type: string, county = "Hamilton") {
    const providerNumber = `ST-${key}-${database.slice(0, 2)}`.toUpperCase();
    const input = {
      providerNumber,
      name: `Story ${key}`,
      type,
      addressLine: "1 Story Rd",
      city: "Cincinnati",
      postalCode: "45202",
      county,
      state: "OH",
      region: "Region 1",
      medicaidCertified: true,
      certifiedBeds: 50,
    };
    const data = await ok(stateToken, `mutation ($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id providerNumber } } }`, {
      input,
    });
    facilities[key] = data.registerFacility.facility;
  }

  async function newPerson(familyName: string): Promise<string> {
    const data = await ok(stateToken, `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { individual { id } } }`, {
      input: { givenName: "Story", familyName, birthDate: "1944-03-02", county: "Hamilton", state: "OH" },
    });
    return data.registerIndividual.individual.id;
  }

  const recordEvent = `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id kind late } } }`;

  beforeAll(async () => {
    hub = await startTestHub({ database });
    gateway = hub.gatewayUrl!;
    stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
    await register("HOSPITAL", "HOSPITAL");
    for (const key of ["A", "B", "C", "IMD1", "IMD2", "IMD3"]) await register(key, "NURSING_FACILITY", key === "IMD3" ? "Franklin" : "Hamilton");
  });
  afterAll(() => hub?.stop());

  it("admit from hospital → hospital leave → return → transfer → discharge yields two linked stays; another facility's token is refused every event", async () => {
    const person = await newPerson("Census-Story");
    const [tokenA, tokenB, stranger] = await Promise.all(
      ["A", "B", "C"].map((key) => hub.token({ role: "NURSING_FACILITY", facilityIds: [facilities[key]!.id] })),
    );
    const at = (key: string) => ({ individualId: person, facilityId: facilities[key]!.id });
    const story: [string, Record<string, unknown>][] = [
      [
        tokenA!,
        {
          ...at("A"),
          kind: "ADMISSION",
          effectiveOn: daysAgo(30),
          admissionSource: "HOSPITAL_INPATIENT",
          fromFacilityId: facilities.HOSPITAL!.id,
          payer: "MEDICARE_PART_A",
        },
      ],
      [tokenA!, { ...at("A"), kind: "HOSPITAL_LEAVE", effectiveOn: daysAgo(20) }],
      [tokenA!, { ...at("A"), kind: "RETURN", effectiveOn: daysAgo(17) }],
      [tokenA!, { ...at("A"), kind: "TRANSFER_OUT", effectiveOn: daysAgo(10), toFacilityId: facilities.B!.id }],
      [tokenB!, { ...at("B"), kind: "DISCHARGE", effectiveOn: daysAgo(3), dischargeDestination: "HOME_OR_COMMUNITY" }],
    ];
    for (const [token, input] of story) {
      const refused = await call(stranger!, recordEvent, { input });
      expect(errorCodes(refused), `${String(input.kind)} with another facility's token`).toEqual(["FORBIDDEN"]);
      await ok(token, recordEvent, { input });
    }

    const data = await ok(
      tokenA!,
      `query ($id: ID!) {
      individual(id: $id) {
        familyName
        currentStay { id }
        stays {
          facility { providerNumber } admittedOn admissionSource admittedFrom { providerNumber } dischargedOn endReason dischargeDestination
          transferredTo { providerNumber } previousStay { admittedOn } nextStay { admittedOn }
          payerPeriods { payer startsOn endsOn } leavePeriods { kind leftOn returnedOn }
        }
      }
    }`,
      { id: person },
    );
    // Facility A's token sees A's stay only; the state agency sees both, linked.
    expect(data.individual.stays).toHaveLength(1);
    const all = await ok(
      stateToken,
      `query ($id: ID!) { individual(id: $id) { currentStay { id } stays {
      facility { providerNumber } admittedOn admissionSource admittedFrom { providerNumber } dischargedOn endReason dischargeDestination
      transferredTo { providerNumber } previousStay { admittedOn } nextStay { admittedOn }
      payerPeriods { payer startsOn endsOn } leavePeriods { kind leftOn returnedOn } } } }`,
      { id: person },
    );
    expect(all.individual.currentStay).toBeNull();
    expect(all.individual.stays).toEqual([
      {
        facility: { providerNumber: facilities.B!.providerNumber },
        admittedOn: daysAgo(10),
        admissionSource: "ANOTHER_NURSING_FACILITY",
        admittedFrom: { providerNumber: facilities.A!.providerNumber },
        dischargedOn: daysAgo(3),
        endReason: "DISCHARGED",
        dischargeDestination: "HOME_OR_COMMUNITY",
        transferredTo: null,
        previousStay: { admittedOn: daysAgo(30) },
        nextStay: null,
        payerPeriods: [{ payer: "MEDICARE_PART_A", startsOn: daysAgo(10), endsOn: daysAgo(3) }],
        leavePeriods: [],
      },
      {
        facility: { providerNumber: facilities.A!.providerNumber },
        admittedOn: daysAgo(30),
        admissionSource: "HOSPITAL_INPATIENT",
        admittedFrom: { providerNumber: facilities.HOSPITAL!.providerNumber },
        dischargedOn: daysAgo(10),
        endReason: "TRANSFERRED",
        dischargeDestination: null,
        transferredTo: { providerNumber: facilities.B!.providerNumber },
        previousStay: null,
        nextStay: { admittedOn: daysAgo(10) },
        payerPeriods: [{ payer: "MEDICARE_PART_A", startsOn: daysAgo(30), endsOn: daysAgo(10) }],
        leavePeriods: [{ kind: "HOSPITAL_LEAVE", leftOn: daysAgo(20), returnedOn: daysAgo(17) }],
      },
    ]);
    // Facility A's census while the person was in hospital: on the census, bed held, payer of the day.
    const census = await ok(tokenA!, `query ($id: ID!, $on: Date!) { facility(id: $id) { census(on: $on) { individual { id } presence payer } } }`, {
      id: facilities.A!.id,
      on: daysAgo(19),
    });
    expect(census.facility.census).toEqual([{ individual: { id: person }, presence: "HOSPITAL_LEAVE", payer: "MEDICARE_PART_A" }]);
    // The discharging hospital reads the stay it discharged to.
    const hospitalToken = await hub.token({ role: "HOSPITAL", facilityIds: [facilities.HOSPITAL!.id] });
    const seen = await ok(hospitalToken, `query ($id: ID!) { individual(id: $id) { stays { facility { providerNumber } admittedOn } } }`, { id: person });
    expect(seen.individual.stays).toEqual([{ facility: { providerNumber: facilities.A!.providerNumber }, admittedOn: daysAgo(30) }]);
  });

  it("the IMD share joins facilities' residents with screenings' Level II findings; the state agency lists facilities over a threshold", async () => {
    // residents and, of them, people with a primary-SMI Level II: 3 of 5 (60 %), 2 of 5 (40 %), 4 of 9 (44 %)
    const plan: [string, number, number][] = [
      ["IMD1", 5, 3],
      ["IMD2", 5, 2],
      ["IMD3", 9, 4],
    ];
    for (const [key, residents, withSmi] of plan) {
      const token = await hub.token({ role: "NURSING_FACILITY", facilityIds: [facilities[key]!.id] });
      for (let n = 0; n < residents; n += 1) {
        const person = await newPerson(`Imd-${key}-${n}`);
        await ok(token, recordEvent, {
          input: {
            kind: "ADMISSION",
            individualId: person,
            facilityId: facilities[key]!.id,
            effectiveOn: daysAgo(15),
            admissionSource: "COMMUNITY",
            payer: "MEDICAID",
          },
        });
        // A later finding decides: the first `withSmi` people's latest Level II found a primary SMI.
        await recordPrimarySmiFindings(hub, [
          { individualId: person, determinedOn: new Date(`${daysAgo(60)}T00:00:00Z`), primarySeriousMentalIllness: n >= withSmi },
          { individualId: person, determinedOn: new Date(`${daysAgo(20)}T00:00:00Z`), primarySeriousMentalIllness: n < withSmi },
        ]);
      }
    }
    const review = await ok(
      stateToken,
      `{ imdReview { asOf facilitiesOverThreshold(threshold: NOTICE) { facility { providerNumber } imdShare { residentCount primarySeriousMentalIllnessCount status } } } }`,
    );
    const ours = review.imdReview.facilitiesOverThreshold.filter((entry: { facility: { providerNumber: string } }) =>
      entry.facility.providerNumber.startsWith("ST-IMD"),
    );
    expect(ours).toEqual([
      { facility: { providerNumber: facilities.IMD1!.providerNumber }, imdShare: { residentCount: 5, primarySeriousMentalIllnessCount: 3, status: "AT_RISK" } },
      { facility: { providerNumber: facilities.IMD3!.providerNumber }, imdShare: { residentCount: 9, primarySeriousMentalIllnessCount: 4, status: "NOTICE" } },
    ]);
    const atRisk = await ok(stateToken, `{ imdReview { facilitiesOverThreshold(threshold: AT_RISK) { facility { providerNumber } } } }`);
    expect(atRisk.imdReview.facilitiesOverThreshold.map((entry: { facility: { providerNumber: string } }) => entry.facility.providerNumber)).toContain(
      facilities.IMD1!.providerNumber,
    );
    expect(atRisk.imdReview.facilitiesOverThreshold.map((entry: { facility: { providerNumber: string } }) => entry.facility.providerNumber)).not.toContain(
      facilities.IMD3!.providerNumber,
    );

    const shareQuery = `query ($id: ID!) { facility(id: $id) { imdShare { share status } } }`;
    expect((await ok(stateToken, shareQuery, { id: facilities.IMD2!.id })).facility.imdShare).toEqual({ share: 0.4, status: "BELOW_NOTICE" });
    const paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
    expect((await ok(paa, shareQuery, { id: facilities.IMD1!.id })).facility.imdShare.status).toBe("AT_RISK");
    expect(errorCodes(await call(paa, shareQuery, { id: facilities.IMD3!.id }))).toEqual(["FORBIDDEN"]);
    for (const role of ["NURSING_FACILITY", "MEDICAID_PAYMENT", "MH_AUTHORITY"] as const) {
      const token = await hub.token({ role, facilityIds: [facilities.IMD1!.id] });
      expect(errorCodes(await call(token, shareQuery, { id: facilities.IMD1!.id })), role).toContain("FORBIDDEN");
      expect(errorCodes(await call(token, `{ imdReview { asOf } }`)), role).toEqual(["FORBIDDEN"]);
    }
  });
});
