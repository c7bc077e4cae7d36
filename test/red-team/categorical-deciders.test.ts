import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { entryPoints, newApplicant } from "./scope-attacks.ts";

/**
 * Issue 17: a categorical was granted by whoever filed the Level I asking for it. Now the filer
 * only asks and the authority the state's pack names decides (MN bulletin 00-53-3: "if the LMHA
 * determines"). Every other partner — the filer, a PAA whose county holds the facility, the state
 * agency, an authority the indications are not routed to, the payment system — is refused through
 * the gateway and straight at screenings, and the request stays as it was.
 */

let hub: TestHub;
let screenId: string;
let personId: string;
const tokens = {} as Record<"hospital" | "paa" | "state" | "dd" | "payment" | "lmha", string>;

const submit = `mutation($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { id outcome categoricalStatus } } }`;
const decide = `mutation($input: DecideCategoricalInput!) { decideCategorical(input: $input) { levelOneScreen { id outcome categoricalStatus } } }`;
const screenQuery = `query($id: ID!) { levelOneScreen(id: $id) { outcome categoricalStatus categoricalDecisions { deciderRole } } }`;
const standing = `query($id: ID!) { individual(id: $id) { pasrr { requirementsMetOn nursingFacilityAdmissionAllowed } } }`;
const grant = (decidedOn = "2026-11-03") => ({ input: { screenId, decision: "GRANTED", decidedOn, reason: "Respite for the family caregiver." } });
const noIndication = { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false };
const noDd = { diagnosis: false, history: false, presentingEvidence: false, referredByDdAgency: false, relatedConditionOnsetBefore22: false };

beforeAll(async () => {
  hub = await startTestHub({ env: { PASRR_POLICY_STATE: "MN" } });
  const hospitalId = await registeredFacility(hub, "HOSPITAL", "Hennepin");
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId], organisationId: "hennepin-hospital" });
  tokens.paa = await hub.token({ role: "PAA", counties: ["Hennepin"], organisationId: "hennepin-pas-team" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  tokens.dd = await hub.token({ role: "DD_AUTHORITY", organisationId: "mn-dd" });
  tokens.payment = await hub.token({ role: "MEDICAID_PAYMENT" });
  tokens.lmha = await hub.token({ role: "MH_AUTHORITY", organisationId: "hennepin-lmha" });
  personId = await newApplicant(hub, tokens.state);
  const input = {
    individualId: personId,
    screenedOn: "2026-11-02",
    facilityId: hospitalId,
    reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
    currentSetting: "HOSPITAL_INPATIENT",
    mentalIllness: { ...noIndication, diagnosis: true },
    developmentalDisability: noDd,
    request: { kind: "RESPITE" },
  };
  const filed = await graphql(hub.gatewayUrl!, submit, { token: tokens.hospital, variables: { input } });
  expect(filed.data!.submitLevelOneScreen.levelOneScreen).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", categoricalStatus: "REQUESTED" });
  screenId = filed.data!.submitLevelOneScreen.levelOneScreen.id;
});
afterAll(() => hub?.stop());

const codesAndRules = (answer: Awaited<ReturnType<typeof graphql>>) =>
  (answer.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.rule ?? null]);

describe("a partner the MN pack does not name cannot decide a categorical, by either entry point", () => {
  it("the filing hospital only asks: deciding its own request is FORBIDDEN", async () => {
    for (const [where, url] of entryPoints(hub, "screenings")) {
      const answer = await graphql(url, decide, { token: tokens.hospital, variables: grant() });
      expect(codesAndRules(answer), where).toEqual([["FORBIDDEN", null]]);
      expect(answer.data?.decideCategorical ?? null, where).toBeNull();
    }
  });

  it("a PAA whose county holds the facility is refused naming the rule: the LMHA decides in MN", async () => {
    for (const [where, url] of entryPoints(hub, "screenings")) {
      const answer = await graphql(url, decide, { token: tokens.paa, variables: grant() });
      expect(codesAndRules(answer), where).toEqual([["FORBIDDEN", "MN-CATEGORICAL-LMHA-DECIDES"]]);
      expect(answer.errors![0]!.message, where).toMatch(/MH_AUTHORITY decides a categorical for MI indications, not the PAA/);
    }
  });

  it("the state agency is refused naming the rule; the payment system is refused outright", async () => {
    for (const [where, url] of entryPoints(hub, "screenings")) {
      expect(codesAndRules(await graphql(url, decide, { token: tokens.state, variables: grant() })), where).toEqual([
        ["FORBIDDEN", "MN-CATEGORICAL-LMHA-DECIDES"],
      ]);
      expect(codesAndRules(await graphql(url, decide, { token: tokens.payment, variables: grant() })), where).toEqual([["FORBIDDEN", null]]);
    }
  });

  it("the DD authority, to which these indications are not routed, finds no such screen", async () => {
    for (const [where, url] of entryPoints(hub, "screenings")) {
      expect(codesAndRules(await graphql(url, decide, { token: tokens.dd, variables: grant() })), where).toEqual([["NOT_FOUND", null]]);
    }
  });

  it("after every refused attempt the request is untouched: still requested, no decision recorded, PASRR not met", async () => {
    const screen = await graphql(hub.gatewayUrl!, screenQuery, { token: tokens.state, variables: { id: screenId } });
    expect(screen.data!.levelOneScreen).toEqual({ outcome: "CATEGORICAL_REQUESTED", categoricalStatus: "REQUESTED", categoricalDecisions: [] });
    const pasrr = await graphql(hub.gatewayUrl!, standing, { token: tokens.state, variables: { id: personId } });
    expect(pasrr.data!.individual.pasrr).toEqual({ requirementsMetOn: null, nursingFacilityAdmissionAllowed: false });
  });

  it("the LMHA decides it, straight at screenings as through the gateway", async () => {
    const answer = await graphql(hub.subgraphs.screenings!.url, decide, { token: tokens.lmha, variables: grant() });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.decideCategorical.levelOneScreen).toMatchObject({ outcome: "CATEGORICAL", categoricalStatus: "GRANTED" });
  });
});
