import type { StatementLog } from "@pasrr/db/statement-log";
import { expect } from "vitest";
import { graphql } from "../../../test/support/graphql.ts";
import { startTestHub, subgraphUnderTest, type TestHub, type TestHubOptions } from "../../../test/support/hub.ts";

/**
 * The individuals subgraph's own tests start this subgraph alone: no gateway and no other
 * subgraph (tests that need them live in the root test/individuals/). The hub machinery is the
 * root test hub's (ports, PGlite, the pinned today, dev tokens), asked for one subgraph.
 */
export { testToday } from "../../../test/support/hub.ts";

type Answer = Awaited<ReturnType<typeof graphql<Record<string, any>>>>;

/** The individuals subgraph alone, started before this file's tests and stopped after them, with a state-agency token. */
export const individualsUnderTest = (options: Omit<TestHubOptions, "only"> = {}) => subgraphUnderTest("individuals", options);

/** The individuals subgraph alone on PGlite, with tokens for the roles the tests act in. */
export interface IdentityService {
  hub: TestHub;
  url: string;
  state: string;
  paa: string;
  hospital: string;
  payment: string;
  statements(): StatementLog;
  /** One operation over HTTP (as the state agency unless another token is given); answers are read by shape, as graphql() returns them. */
  call(query: string, variables?: Record<string, unknown>, token?: string): Promise<Answer>;
}

export const hospitalFacilityId = "0193a000-0000-7000-8000-00000000f001";

export async function startIdentityService(): Promise<IdentityService> {
  const hub = await startTestHub({ only: ["individuals"] });
  const service = hub.subgraphs.individuals;
  if (!service) throw new Error("the individuals subgraph did not start");
  const state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  return {
    hub,
    url: service.url,
    state,
    paa: await hub.token({ role: "PAA", counties: ["Hamilton"] }),
    hospital: await hub.token({ role: "HOSPITAL", facilityIds: [hospitalFacilityId] }),
    payment: await hub.token({ role: "MEDICAID_PAYMENT" }),
    statements: () => service.statements,
    call: (query, variables = {}, token = state) => graphql(service.url, query, { token, variables }),
  };
}

export const registerMutation = `mutation Register($input: RegisterIndividualInput!) {
  registerIndividual(input: $input) {
    outcome
    individual { id givenName familyName birthDate status identifiers { type issuer value } otherNames { kind givenName familyName } }
    candidates { individual { id familyName } score via reasons { field agreement weight } }
    review { id status candidates { individual { id } score } }
  }
}`;

/** A registration input; every test makes its own people, so names carry the test's label. */
export interface PersonInput {
  givenName: string | null;
  middleName?: string | null;
  familyName: string | null;
  suffix?: string | null;
  previousNames?: { givenName: string; familyName: string }[];
  birthDate: string | null;
  sex?: "FEMALE" | "MALE" | "UNKNOWN";
  addressLine1?: string | null;
  city?: string | null;
  postalCode?: string | null;
  county: string;
  state: string;
  ssnLastFour?: string | null;
  identifiers?: { type: string; issuer?: string; value: string; validFrom?: string; validThrough?: string }[];
}

export const person = (overrides: Partial<PersonInput> = {}): PersonInput => ({
  givenName: "Margaret",
  familyName: "Quillfeather",
  birthDate: "1941-03-17",
  sex: "FEMALE",
  addressLine1: "12 Orchard Lane",
  city: "Norwood",
  postalCode: "45212",
  county: "Hamilton",
  state: "OH",
  ...overrides,
});

/** Registers and expects no error; returns the payload. */
export async function register(service: IdentityService, input: PersonInput, token = service.state) {
  const answer = await service.call(registerMutation, { input }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data!.registerIndividual as {
    outcome: "CREATED" | "MATCHED" | "POSSIBLE_DUPLICATE";
    individual: {
      id: string;
      givenName: string | null;
      familyName: string | null;
      birthDate: string | null;
      identifiers: { type: string; issuer: string; value: string }[];
      otherNames: { kind: string; familyName: string }[];
    };
    candidates: { individual: { id: string }; score: number; via: string; reasons: { field: string; agreement: string; weight: number }[] }[] | null;
    review: { id: string; status: string; candidates: { individual: { id: string }; score: number }[] } | null;
  };
}

let sequence = 0;
/** A valid-format synthetic SSN that no other registration in this test file uses. */
export const freshSsn = () => {
  sequence += 1;
  return `${200 + sequence}-55-${1000 + sequence}`;
};
