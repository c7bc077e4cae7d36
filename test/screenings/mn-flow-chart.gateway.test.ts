import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { determinationInput, pasrrOf, recordDetermination, screenInput, submitScreen } from "../support/screenings-scenario.ts";

/**
 * Issue 5, item 10: one story per path of the MN bulletin #00-53-3 flow chart ("Level II
 * screening process"), through the real gateway under the MN policy pack: Level I → no mental
 * illness → admit; may have a mental illness → the Local Mental Health Authority determines →
 * routine services by the NF / specialized services by the LMHA / not NF level of care → other
 * services / categorical admission (unlimited, time-limited, unknown time → follow-up), each
 * categorical determined by the LMHA (MN bulletin, "Categorical determinations": "if the LMHA determines").
 */
let hub: TestHub;
let url: string;
let hospitalId: string;
let nfId: string;
const tokens = {} as Record<"hospital" | "lmha" | "state", string>;
const reportEvent = `mutation($i: ReportResidentEventInput!) { reportResidentEvent(input: $i) { residentReview { reason dueOn } } }`;

const givenNames = ["Ingrid", "Torvald", "Solveig", "Anders", "Maren", "Leif", "Astrid", "Nils"];
let registered = 0;
async function registerPerson(familyName: string): Promise<string> {
  registered += 1;
  const answer = await graphql(url, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { outcome individual { id } } }`, {
    token: tokens.state,
    variables: {
      i: {
        givenName: givenNames[registered % givenNames.length],
        familyName,
        birthDate: `19${35 + registered}-0${1 + (registered % 9)}-2${registered % 8}`,
        county: "Hennepin",
        state: "MN",
      },
    },
  });
  expect(answer.data!.registerIndividual.outcome).toBe("CREATED");
  return answer.data!.registerIndividual.individual.id;
}

const screenedOn = "2026-11-02"; // a Monday
async function levelOne(individualId: string, extra: Record<string, unknown> = {}) {
  const answer = await graphql(url, submitScreen, {
    token: tokens.hospital,
    variables: { input: { ...screenInput({ individualId, facilityId: hospitalId, screenedOn, ...extra }), facilityCounty: "Hennepin" } },
  });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.submitLevelOneScreen.levelOneScreen;
}
async function determine(referralId: string, determinedOn: string, extra: Record<string, unknown>) {
  const answer = await graphql(url, recordDetermination, { token: tokens.lmha, variables: { input: determinationInput(referralId, determinedOn, extra) } });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.recordLevelTwoDetermination.levelTwoDetermination;
}
const decideCategorical = `mutation($input: DecideCategoricalInput!) { decideCategorical(input: $input) { levelOneScreen { outcome categoricalType validThrough categoricalStatus explanation { source } referrals { id } } } }`;
/** The LMHA grants the categorical the Level I asked for (form B.3), on the screen's day unless told otherwise. */
async function lmhaGrants(screenId: string, decidedOn = screenedOn) {
  const answer = await graphql(url, decideCategorical, {
    token: tokens.lmha,
    variables: { input: { screenId, decision: "GRANTED", decidedOn, reason: "Meets the categorical on the Level II form, section B.3." } },
  });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.decideCategorical.levelOneScreen;
}
const pasrr = async (id: string) => (await graphql(url, pasrrOf, { token: tokens.state, variables: { id } })).data!.individual.pasrr;

beforeAll(async () => {
  hub = await startTestHub({ env: { PASRR_POLICY_STATE: "MN" } });
  hospitalId = await registeredFacility(hub, "HOSPITAL", "Hennepin");
  url = hub.gatewayUrl!;
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
  tokens.lmha = await hub.token({ role: "MH_AUTHORITY", organisationId: "hennepin-lmha" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  nfId = await registeredFacility(hub, "NURSING_FACILITY", "Hennepin");
});
afterAll(() => hub?.stop());

describe("MN flow chart: Level I", () => {
  it("does not have a mental illness → admit to the NF: requirements met on the screen's date, no referral", async () => {
    const person = await registerPerson("Flow-NoIllness");
    const screen = await levelOne(person);
    expect(screen).toMatchObject({ outcome: "NO_INDICATIONS", referrals: [] });
    expect(await pasrr(person)).toMatchObject({ requirementsMetOn: screenedOn, nursingFacilityAdmissionAllowed: true, pendingReferralIds: [] });
  });

  it("may have a mental illness → referred to the Local Mental Health Authority, due in 9 working days (MN Level II form, section A); no admission meanwhile", async () => {
    const person = await registerPerson("Flow-Referred");
    const screen = await levelOne(person, { mi: true });
    expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", levelTwoCategory: "MI", explanation: { policyState: "MN" } });
    // Mon 2 Nov + 9 working days, Veterans Day (Wed 11 Nov, a Minnesota holiday) skipped: Mon 16 Nov.
    expect(screen.referrals).toEqual([expect.objectContaining({ authority: "MH", status: "OPEN", referredOn: screenedOn, dueOn: "2026-11-16" })]);
    expect(await pasrr(person)).toMatchObject({
      requirementsMetOn: null,
      nursingFacilityAdmissionAllowed: false,
      nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: "2026-11-16" },
    });
  });
});

describe("MN flow chart: the LMHA determines need for admission and mental health services (Level II)", () => {
  it("meets NF level of care, no specialized services → admit, routine mental health services provided by the NF (form B.2)", async () => {
    const person = await registerPerson("Flow-Routine");
    const screen = await levelOne(person, { mi: true });
    await determine(screen.referrals[0].id, "2026-11-06", { needsNursingFacilityServices: true, needsSpecializedServices: false });
    expect(await pasrr(person)).toMatchObject({ requirementsMetOn: "2026-11-06", nursingFacilityAdmissionAllowed: true, pendingReferralIds: [] });
  });

  it("meets NF level of care and needs specialized services → admit, specialized services provided by the LMHA (form B.6)", async () => {
    const person = await registerPerson("Flow-Specialized");
    const screen = await levelOne(person, { mi: true });
    const determination = await determine(screen.referrals[0].id, "2026-11-09", {
      needsNursingFacilityServices: true,
      needsSpecializedServices: true,
      recommendedServices: ["Intensive community rehabilitative services", "Psychiatric consultation weekly"],
    });
    expect(determination.notices.map((notice: { recipient: string }) => notice.recipient)).toContain("PERSON");
    expect(await pasrr(person)).toMatchObject({ requirementsMetOn: "2026-11-09", nursingFacilityAdmissionAllowed: true });
  });

  it("does not meet NF level of care → admission denied, referred to other services (form B.5)", async () => {
    const person = await registerPerson("Flow-NotNfLevel");
    const screen = await levelOne(person, { mi: true });
    await determine(screen.referrals[0].id, "2026-11-05", {
      needsNursingFacilityServices: false,
      needsSpecializedServices: false,
      recommendedServices: ["Community mental health case management"],
    });
    expect(await pasrr(person)).toMatchObject({ requirementsMetOn: "2026-11-05", nursingFacilityAdmissionAllowed: false });
  });

  it("MN: unsafe in the community while the diagnostic assessment is done → provisional admission, and the final determination referred, due in 9 working days (MN Level II form B.4)", async () => {
    const person = await registerPerson("Flow-Provisional");
    const screen = await levelOne(person, { mi: true });
    const provisional = await determine(screen.referrals[0].id, "2026-11-04", { diagnosticAssessmentPending: true, approvalPeriod: null });
    expect(provisional).toMatchObject({ outcome: "PROVISIONAL", approvedThrough: "2026-11-18" });
    expect(provisional.followUpReferral).toMatchObject({ status: "OPEN", dueOn: "2026-11-18", followsDeterminationId: provisional.id });
    const final = await determine(provisional.followUpReferral.id, "2026-11-12", {});
    expect(final).toMatchObject({ outcome: "ADMISSION_ALLOWED", approvedThrough: null, followUpReferral: null });
  });

  it("a time-limited Level II approval is followed up: its end is the next Resident Review", async () => {
    const person = await registerPerson("Flow-TimeLimited");
    const screen = await levelOne(person, { mi: true });
    await determine(screen.referrals[0].id, "2026-11-05", { approvalPeriod: "TIME_LIMITED", approvedThrough: "2027-01-31" });
    expect(await pasrr(person)).toMatchObject({
      nursingFacilityAdmissionAllowed: true,
      validThrough: "2027-01-31",
      nextAction: { action: "RESIDENT_REVIEW", dueOn: "2027-01-31" },
    });
  });
});

describe("MN flow chart: categorical admission (form B.3), no Level II referral", () => {
  it("unlimited time admission (terminal illness): allowed with no end date", async () => {
    const person = await registerPerson("Flow-Terminal");
    const screen = await levelOne(person, { mi: true, request: { kind: "TERMINAL_ILLNESS" } });
    // The Level I only asks; until the LMHA determines it, no admission (MN bulletin, categorical determinations).
    expect(screen).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", categoricalType: "TERMINAL_ILLNESS", validThrough: null, referrals: [] });
    expect(await pasrr(person)).toMatchObject({
      nursingFacilityAdmissionAllowed: false,
      requirementsMetOn: null,
      nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: "2026-11-16" },
    });
    expect(await lmhaGrants(screen.id, "2026-11-03")).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalType: "TERMINAL_ILLNESS",
      validThrough: null,
      referrals: [],
    });
    expect(await pasrr(person)).toMatchObject({ nursingFacilityAdmissionAllowed: true, requirementsMetOn: "2026-11-03", validThrough: null, nextAction: null });
  });

  it("time-limited admission (respite: under 30 days, MN form B.3.d) → follow-up required when it ends", async () => {
    const person = await registerPerson("Flow-Respite");
    const screen = await levelOne(person, { mi: true, request: { kind: "RESPITE" } });
    expect(screen).toMatchObject({ outcome: "CATEGORICAL_REQUESTED", categoricalType: "RESPITE", referrals: [] });
    const granted = await lmhaGrants(screen.id);
    expect(granted).toMatchObject({ outcome: "CATEGORICAL", categoricalType: "RESPITE", validThrough: "2026-12-01", referrals: [] });
    expect(granted.explanation.source).toMatch(/mn-bulletin/);
    expect(await pasrr(person)).toMatchObject({ nursingFacilityAdmissionAllowed: true, nextAction: { action: "RESIDENT_REVIEW", dueOn: "2026-12-01" } });
  });

  it("unknown time admission (delirium) → follow-up and completion of the Level II when possible: a review is due when the delirium clears", async () => {
    // MN bulletin, Delirium: "limited to the time in which the delirium remains clinically evident"; no fixed end.
    const person = await registerPerson("Flow-Delirium");
    const screen = await levelOne(person, { mi: true, request: { kind: "DELIRIUM" } });
    expect(await lmhaGrants(screen.id)).toMatchObject({ outcome: "CATEGORICAL", categoricalType: "DELIRIUM", referrals: [], validThrough: null });
    expect(await pasrr(person)).toMatchObject({ nursingFacilityAdmissionAllowed: true, nextAction: null });
    // The state reports the facts here (a NF reports only for people with a stay in its census, which this story does not record).
    const report = (event: string, occurredOn: string) =>
      graphql(url, reportEvent, { token: tokens.state, variables: { i: { individualId: person, facilityId: nfId, event, occurredOn } } });
    expect((await report("ADMITTED", "2026-11-03")).data!.reportResidentEvent.residentReview).toBeNull();
    expect((await report("DELIRIUM_CLEARED", "2026-11-20")).data!.reportResidentEvent.residentReview).toMatchObject({
      reason: "TIME_LIMITED_APPROVAL_EXPIRING",
      dueOn: "2026-11-20",
    });
  });

  it("a categorical is refused to a person who may be a danger to self or others: the LMHA evaluates (CO 8.401.195)", async () => {
    const person = await registerPerson("Flow-Danger");
    const screen = await levelOne(person, { mi: true, dangerToSelfOrOthers: true, request: { kind: "RESPITE" } });
    expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", referrals: [expect.objectContaining({ authority: "MH" })] });
  });
});
