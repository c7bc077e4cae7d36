import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { screenInput, submitScreen } from "../support/screenings-scenario.ts";

/** Issue 5, item 9: "a PAA reads and reviews screens for facilities in its counties", through the gateway. */
let hub: TestHub;
let url: string;
let hospitalId: string;
const tokens = {} as Record<"hospital" | "hamiltonPaa" | "franklinPaa" | "state", string>;

const review = `mutation($i: ReviewLevelOneScreenInput!) { reviewLevelOneScreen(input: $i) { levelOneScreen { id outcome reviewStatus reviewedOn reviewedByOrganisationId reviewFindings } } }`;
const readScreen = `query($id: ID!) { levelOneScreen(id: $id) { id reviewStatus reviewedOn reviewFindings } }`;

beforeAll(async () => {
  hub = await startTestHub();
  hospitalId = await registeredFacility(hub, "HOSPITAL", "Hamilton");
  url = hub.gatewayUrl!;
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
  tokens.hamiltonPaa = await hub.token({ role: "PAA", counties: ["Hamilton", "Butler"], organisationId: "paa-southwest" });
  tokens.franklinPaa = await hub.token({ role: "PAA", counties: ["Franklin"] });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

async function hospitalScreen(screenedOn = "2026-11-02"): Promise<string> {
  const answer = await graphql(url, submitScreen, {
    token: tokens.hospital,
    variables: { input: screenInput({ individualId: randomUUID(), facilityId: hospitalId, screenedOn, mi: true }) },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data!.submitLevelOneScreen.levelOneScreen.id;
}
const reviewBy = (token: string, i: Record<string, unknown>) => graphql(url, review, { token, variables: { i } });

describe("hospital files a Level I → the PAA of its county reviews it", () => {
  it("returned incomplete with findings → completed and confirmed → final; the hospital reads the outcome of the review", async () => {
    const screenId = await hospitalScreen();
    expect(errorCodes(await reviewBy(tokens.hamiltonPaa, { screenId, decision: "RETURNED_INCOMPLETE", reviewedOn: "2026-11-03" }))).toEqual(["BAD_USER_INPUT"]);

    const returned = await reviewBy(tokens.hamiltonPaa, {
      screenId,
      decision: "RETURNED_INCOMPLETE",
      reviewedOn: "2026-11-03",
      findings: "Psychotropic medication list missing",
    });
    expect(returned.data!.reviewLevelOneScreen.levelOneScreen).toMatchObject({
      reviewStatus: "RETURNED_INCOMPLETE",
      reviewedOn: "2026-11-03",
      reviewedByOrganisationId: "paa-southwest",
      reviewFindings: "Psychotropic medication list missing",
    });
    expect(
      errorCodes(await reviewBy(tokens.hamiltonPaa, { screenId, decision: "RETURNED_INCOMPLETE", reviewedOn: "2026-11-04", findings: "Still missing" })),
    ).toEqual(["CONFLICT"]);

    const confirmed = await reviewBy(tokens.hamiltonPaa, { screenId, decision: "CONFIRMED", reviewedOn: "2026-11-05" });
    expect(confirmed.data!.reviewLevelOneScreen.levelOneScreen).toMatchObject({
      outcome: "LEVEL_II_REQUIRED",
      reviewStatus: "CONFIRMED",
      reviewedOn: "2026-11-05",
      reviewFindings: null,
    });
    expect(
      errorCodes(await reviewBy(tokens.hamiltonPaa, { screenId, decision: "RETURNED_INCOMPLETE", reviewedOn: "2026-11-06", findings: "Second thoughts" })),
    ).toEqual(["CONFLICT"]);

    const read = await graphql(url, readScreen, { token: tokens.hospital, variables: { id: screenId } });
    expect(read.data!.levelOneScreen).toMatchObject({ reviewStatus: "CONFIRMED", reviewedOn: "2026-11-05" });
  });

  it("a PAA of another county gets NOT_FOUND, as for an unknown screen (red-team finding 7), the hospital may not review; the state agency may review any", async () => {
    const screenId = await hospitalScreen();
    const confirm = { screenId, decision: "CONFIRMED", reviewedOn: "2026-11-03" };
    expect(errorCodes(await reviewBy(tokens.franklinPaa, confirm))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await reviewBy(tokens.hospital, confirm))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await reviewBy(tokens.hamiltonPaa, { ...confirm, screenId: "0193a000-0000-7000-8000-0000000000ff" }))).toEqual(["NOT_FOUND"]);
    expect((await reviewBy(tokens.state, confirm)).data!.reviewLevelOneScreen.levelOneScreen.reviewStatus).toBe("CONFIRMED");
  });

  it("OH: a screen returned incomplete counts from the day it was received complete — PASRR met from then, not from its screening date (OH guide, PAS effective date)", async () => {
    const registered = await graphql(url, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { individual { id } } }`, {
      token: tokens.state,
      variables: { i: { givenName: "Returned", familyName: "Screen-Story", birthDate: "1944-05-17", county: "Hamilton", state: "OH" } },
    });
    const person = registered.data!.registerIndividual.individual.id as string;
    const filed = await graphql(url, submitScreen, {
      token: tokens.hospital,
      variables: { input: screenInput({ individualId: person, facilityId: hospitalId, screenedOn: "2026-11-02" }) },
    });
    const screenId = filed.data!.submitLevelOneScreen.levelOneScreen.id as string;
    await reviewBy(tokens.hamiltonPaa, { screenId, decision: "RETURNED_INCOMPLETE", reviewedOn: "2026-11-03", findings: "Diagnosis list missing" });
    const tooEarly = await reviewBy(tokens.hamiltonPaa, { screenId, decision: "CONFIRMED", reviewedOn: "2026-11-09", receivedCompleteOn: "2026-11-02" });
    expect(tooEarly.errors![0]!.extensions!.field).toBe("input.receivedCompleteOn");
    expect(
      (await reviewBy(tokens.hamiltonPaa, { screenId, decision: "CONFIRMED", reviewedOn: "2026-11-09", receivedCompleteOn: "2026-11-06" })).errors,
    ).toBeUndefined();

    const read = await graphql(
      url,
      `query($id: ID!) { individual(id: $id) { pasrr { requirementsMetOn } pasrrCompliance { from through reason knownThrough } levelOneScreens { returnedOn receivedCompleteOn } } }`,
      { token: tokens.state, variables: { id: person } },
    );
    expect(read.errors).toBeUndefined();
    const individual = read.data!.individual;
    expect(individual.pasrr.requirementsMetOn).toBe("2026-11-06");
    expect(individual.levelOneScreens).toEqual([{ returnedOn: "2026-11-03", receivedCompleteOn: "2026-11-06" }]);
    const current = (individual.pasrrCompliance as { from: string; through: string | null; reason: string; knownThrough: string | null }[]).filter(
      (p) => p.knownThrough === null,
    );
    expect(current.map((p) => [p.from, p.through, p.reason])).toEqual([
      ["2026-11-02", "2026-11-05", "PAS_INCOMPLETE"],
      ["2026-11-06", null, "PASRR_MET"],
    ]);
  });

  it("a review may not precede its screen", async () => {
    const screenId = await hospitalScreen("2026-11-10");
    const early = await reviewBy(tokens.hamiltonPaa, { screenId, decision: "CONFIRMED", reviewedOn: "2026-11-09" });
    expect(errorCodes(early)).toEqual(["BAD_USER_INPUT"]);
    expect(early.errors![0]!.extensions!.field).toBe("input.reviewedOn");
  });
});
