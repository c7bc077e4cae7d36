import type { StatementLog } from "@pasrr/db/statement-log";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes } from "../../../test/support/graphql.ts";
import {
  admission,
  daysAgo,
  facilityToken,
  newFacility,
  newPersonId,
  record,
  recordOk,
  type TestFacility,
  startFacilitiesSubgraph,
  type TestHub,
} from "./support.ts";

/** `recordCensusEvent` over HTTP: every rule on write gives its code and names its rule. */
let hub: TestHub;
let url: string;
let statements: StatementLog;
let nfA: TestFacility;
let nfB: TestFacility;
let hospital: TestFacility;
let token: string;

beforeAll(async () => {
  ({ hub, url, statements } = await startFacilitiesSubgraph());
  [nfA, nfB, hospital] = [await newFacility(hub, url), await newFacility(hub, url), await newFacility(hub, url, { type: "HOSPITAL" })];
  token = await facilityToken(hub, nfA.id, nfB.id);
});
afterAll(() => hub?.stop());

async function refused(input: Record<string, unknown>, code: string, rule: string) {
  const answer = await record(url, token, input);
  expect(answer.data).toBeNull();
  expect(errorCodes(answer)).toEqual([code]);
  expect(answer.errors?.[0]?.extensions?.rule).toBe(rule);
  expect(answer.errors?.[0]?.message).toContain(rule === "EVENT_IN_FUTURE" ? "never enter someone before they arrive" : "");
  return answer.errors![0]!;
}

describe("rules on write", () => {
  it("an admission may not be dated in the future: never enter someone before they arrive (BAD_USER_INPUT, nothing written)", async () => {
    statements.reset();
    const error = await refused(admission(newPersonId(), nfA.id, daysAgo(-1)), "BAD_USER_INPUT", "EVENT_IN_FUTURE");
    expect(error.extensions?.field).toBe("input.effectiveOn");
    expect(statements.count).toBe(0);
  });

  it("a person cannot be admitted while an open stay elsewhere has no discharge or transfer (CONFLICT)", async () => {
    const person = newPersonId();
    await recordOk(url, token, admission(person, nfA.id, daysAgo(10)));
    await refused(admission(person, nfB.id, daysAgo(2)), "CONFLICT", "ALREADY_ADMITTED");
  });

  it("no return without a leave (CONFLICT)", async () => {
    const person = newPersonId();
    await recordOk(url, token, admission(person, nfA.id, daysAgo(10)));
    await refused({ kind: "RETURN", individualId: person, facilityId: nfA.id, effectiveOn: daysAgo(3) }, "CONFLICT", "RETURN_WITHOUT_LEAVE");
  });

  it("nothing after death (CONFLICT)", async () => {
    const person = newPersonId();
    await recordOk(url, token, admission(person, nfA.id, daysAgo(10)));
    await recordOk(url, token, { kind: "DEATH", individualId: person, facilityId: nfA.id, effectiveOn: daysAgo(4) });
    await refused(admission(person, nfB.id, daysAgo(1)), "CONFLICT", "NOTHING_AFTER_DEATH");
  });

  it("an event for a person with no stay here is refused (CONFLICT)", async () => {
    await refused({ kind: "HOSPITAL_LEAVE", individualId: newPersonId(), facilityId: nfA.id, effectiveOn: daysAgo(1) }, "CONFLICT", "NO_OPEN_STAY");
  });

  it("a late entry that would put a later event out of order is refused, naming that event", async () => {
    const person = newPersonId();
    await recordOk(url, token, admission(person, nfA.id, daysAgo(10)));
    await recordOk(url, token, { kind: "HOSPITAL_LEAVE", individualId: person, facilityId: nfA.id, effectiveOn: daysAgo(4) });
    const error = await refused(
      { kind: "DISCHARGE", individualId: person, facilityId: nfA.id, effectiveOn: daysAgo(6), dischargeDestination: "OTHER" },
      "CONFLICT",
      "NO_OPEN_STAY",
    );
    expect(error.message).toContain(`the HOSPITAL_LEAVE of ${daysAgo(4)} out of order`);
  });

  it("an event entered more than 7 days (CENSUS_LATE_ENTRY_DAYS) after it happened is accepted and flagged late", async () => {
    const onTime = await recordOk(url, token, admission(newPersonId(), nfA.id, daysAgo(7)));
    expect(onTime.event.late).toBe(false);
    const late = await recordOk(url, token, admission(newPersonId(), nfA.id, daysAgo(8)));
    expect(late.event.late).toBe(true);
  });

  it.each([
    ["an admission without a payer", { payer: null }, "input.payer", "FIELD_REQUIRED_FOR_KIND"],
    ["an admission naming a transfer target", { toFacilityId: "0193a000-0000-7000-8000-00000000f002" }, "input.toFacilityId", "FIELD_NOT_FOR_KIND"],
    ["a malformed person id", { individualId: "not-an-id" }, "input.individualId", "CENSUS_EVENT_INPUT"],
    ["a facility that is not on the hub", { facilityId: "0193a000-0000-7000-8000-0000deadbeef" }, "input.facilityId", "UNKNOWN_FACILITY"],
  ])("%s is BAD_USER_INPUT naming the field", async (_label, change, field, rule) => {
    const input = { ...admission(newPersonId(), nfA.id, daysAgo(1)), ...change };
    const answer = await record(url, await facilityToken(hub, nfA.id, "0193a000-0000-7000-8000-0000deadbeef"), input);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ field, rule });
  });

  it("an admission from a hospital names a hospital, not a nursing facility", async () => {
    await recordOk(url, token, admission(newPersonId(), nfA.id, daysAgo(2), { admissionSource: "HOSPITAL_INPATIENT", fromFacilityId: hospital.id }));
    const answer = await record(url, token, admission(newPersonId(), nfA.id, daysAgo(2), { admissionSource: "HOSPITAL_INPATIENT", fromFacilityId: nfB.id }));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.fromFacilityId", rule: "SOURCE_FACILITY" });
  });

  it("a hospital keeps no census: events for it are refused", async () => {
    const answer = await record(url, await facilityToken(hub, hospital.id), admission(newPersonId(), hospital.id, daysAgo(1)));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "FACILITY_KEEPS_NO_CENSUS" });
  });

  it("a transfer must go to another facility that keeps a census", async () => {
    const person = newPersonId();
    await recordOk(url, token, admission(person, nfA.id, daysAgo(5)));
    for (const [to, rule] of [
      [nfA.id, "TRANSFER_TARGET"],
      [hospital.id, "TRANSFER_TARGET"],
    ] as const) {
      const answer = await record(url, token, { kind: "TRANSFER_OUT", individualId: person, facilityId: nfA.id, effectiveOn: daysAgo(1), toFacilityId: to });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.toFacilityId", rule });
    }
  });
});

describe("corrections, never edits", () => {
  it("a CORRECTION restates the admission date; the stay follows and the history keeps both", async () => {
    const person = newPersonId();
    const admitted = await recordOk(url, token, admission(person, nfA.id, daysAgo(5)));
    const corrected = await recordOk(url, token, {
      kind: "CORRECTION",
      individualId: person,
      facilityId: nfA.id,
      effectiveOn: daysAgo(6),
      correctsEventId: admitted.event.id,
      reason: "admitted the day before",
    });
    expect(corrected.stay).toMatchObject({ id: admitted.stay!.id, admittedOn: daysAgo(6) });
    expect(corrected.event).toMatchObject({ corrects: { id: admitted.event.id }, late: false });
  });

  it("a void of a wrongly entered admission removes the stay", async () => {
    const person = newPersonId();
    const admitted = await recordOk(url, token, admission(person, nfA.id, daysAgo(3)));
    const voided = await recordOk(url, token, {
      kind: "CORRECTION",
      individualId: person,
      facilityId: nfA.id,
      effectiveOn: daysAgo(3),
      correctsEventId: admitted.event.id,
      voidsCorrected: true,
      reason: "wrong person",
    });
    expect(voided.stay).toBeNull();
    // The person can now be admitted where they really are.
    await recordOk(url, token, admission(person, nfB.id, daysAgo(3)));
  });

  it.each([
    ["a correction without a reason", { reason: null }, "input.reason", "FIELD_REQUIRED_FOR_KIND"],
    ["a correction of a fact the corrected kind does not have", { dischargeDestination: "OTHER" }, "input.dischargeDestination", "CORRECTION_TARGET"],
    ["a correction naming another person", { individualId: "0193a000-0000-7000-8000-0000000000ff" }, "input.individualId", "CORRECTION_TARGET"],
    ["a correction naming no event", { correctsEventId: "0193a000-0000-7000-8000-0000deadbeef" }, "input.correctsEventId", "CORRECTION_TARGET"],
  ])("%s is BAD_USER_INPUT", async (_label, change, field, rule) => {
    const person = newPersonId();
    const admitted = await recordOk(url, token, admission(person, nfA.id, daysAgo(5)));
    const input = {
      kind: "CORRECTION",
      individualId: person,
      facilityId: nfA.id,
      effectiveOn: daysAgo(5),
      correctsEventId: admitted.event.id,
      reason: "typo",
      ...change,
    };
    const answer = await record(url, token, input);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, rule });
  });

  it("the database itself refuses to edit or delete a census event", async () => {
    const admitted = await recordOk(url, token, admission(newPersonId(), nfA.id, daysAgo(1)));
    const client = (hub.subgraphs.facilities as unknown as { client: { $executeRawUnsafe(sql: string): Promise<number> } }).client;
    await expect(client.$executeRawUnsafe(`UPDATE "CensusEvent" SET "late" = true WHERE "id" = '${admitted.event.id}'`)).rejects.toThrow(/append-only/);
    await expect(client.$executeRawUnsafe(`DELETE FROM "CensusEvent" WHERE "id" = '${admitted.event.id}'`)).rejects.toThrow(/append-only/);
  });
});
