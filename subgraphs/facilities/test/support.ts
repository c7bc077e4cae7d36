import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { addDays } from "@pasrr/calendar/calendar-date";
import type { Env } from "@pasrr/config/env";
import type { Role } from "@pasrr/auth/roles";
import { graphql, type GraphQLAnswer } from "../../../test/support/graphql.ts";
import { startTestHub, subgraphUnderTest, testToday, type TestHub, type TestHubOptions } from "../../../test/support/hub.ts";

export type { TestHub } from "../../../test/support/hub.ts";

/**
 * The facilities subgraph alone on a fresh in-memory database (no gateway, no other subgraph),
 * with its statement log and a state-agency token.
 */
export async function startFacilitiesSubgraph(options: { seedDemoData?: boolean; env?: Env } = {}) {
  const hub = await startTestHub({ only: ["facilities"], ...options });
  const service = hub.subgraphs.facilities;
  if (!service) throw new Error("the facilities subgraph did not start");
  return { hub, url: service.url, statements: service.statements, stateToken: await hub.token({ role: "STATE_MEDICAID_AGENCY" }) };
}

/** The facilities subgraph alone, started before this file's tests and stopped after them, with a state-agency token. */
export const facilitiesUnderTest = (options: Omit<TestHubOptions, "only"> = {}) => subgraphUnderTest("facilities", options);

/** A day before the test hub's pinned today, which the service takes for today. */
export const daysAgo = (days: number) => addDays(testToday, -days);

export const newPersonId = () => randomUUID();

const registerFacility = `mutation Register($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id providerNumber county region type } } }`;

let facilityCounter = 0;

export interface TestFacility {
  id: string;
  providerNumber: string;
  county: string;
}

/** Registers a facility with the state agency's token; each test makes its own. */
export async function newFacility(
  hub: TestHub,
  url: string,
  overrides: Partial<{ type: string; county: string; region: string; certifiedBeds: number; medicaidCertified: boolean; name: string }> = {},
): Promise<TestFacility> {
  facilityCounter += 1;
  const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  const providerNumber = `T-${process.pid}-${facilityCounter}-${Math.floor(Math.random() * 1e6)}`;
  const input = {
    providerNumber,
    name: overrides.name ?? `Test Facility ${facilityCounter}`,
    type: overrides.type ?? "NURSING_FACILITY",
    addressLine: "1 Test Way",
    city: "Testville",
    postalCode: "45000",
    county: overrides.county ?? "Hamilton",
    state: "OH",
    region: overrides.region ?? "Region 1",
    medicaidCertified: overrides.medicaidCertified ?? true,
    certifiedBeds: overrides.certifiedBeds ?? 100,
  };
  const answer = await graphql(url, registerFacility, { token, variables: { input } });
  expect(answer.errors).toBeUndefined();
  return { id: answer.data!.registerFacility.facility.id as string, providerNumber, county: input.county };
}

export const recordEvent = `mutation Record($input: RecordCensusEventInput!) {
  recordCensusEvent(input: $input) {
    event { id kind effectiveOn late recordedAt payer voidsCorrected reason corrects { id } }
    stay { id admittedOn dischargedOn endReason admissionSource dischargeDestination
      facility { id } previousStay { id } nextStay { id } transferredTo { id } admittedFrom { id }
      payerPeriods { payer startsOn endsOn } leavePeriods { kind leftOn returnedOn } }
  }
}`;

/** Sends one census event; the answer is returned whole for the test to judge. */
export function record(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLAnswer> {
  return graphql(url, recordEvent, { token, variables: { input } });
}

/** Sends one census event that must be accepted; returns the event and stay. */
export async function recordOk(url: string, token: string, input: Record<string, unknown>) {
  const answer = await record(url, token, input);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.recordCensusEvent as { event: { id: string; late: boolean }; stay: { id: string } | null };
}

/** A facility's token: a nursing facility operating the given facilities. */
export const facilityToken = (hub: TestHub, ...facilityIds: string[]) => hub.token({ role: "NURSING_FACILITY", facilityIds });

export const roleToken = (hub: TestHub, role: Role, scope: { counties?: string[]; facilityIds?: string[] } = {}) => hub.token({ role, ...scope });

export const admission = (individualId: string, facilityId: string, effectiveOn: string, extra: Record<string, unknown> = {}) => ({
  kind: "ADMISSION",
  individualId,
  facilityId,
  effectiveOn,
  admissionSource: "COMMUNITY",
  payer: "MEDICAID",
  ...extra,
});
