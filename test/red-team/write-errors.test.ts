import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordDetermination, determinationInput, screenInput, submitScreen } from "../support/screenings-scenario.ts";
import { graphql, type GraphQLAnswer } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { registeredFacility } from "../support/registered-facility.ts";

/**
 * Red team, finding 7: write errors told FORBIDDEN from NOT_FOUND and echoed another record's
 * county, so a PAA acting on a record outside its counties learned that it existed and where.
 * Out of scope now answers exactly as missing (code and message, with only the id the caller
 * sent), through the gateway and straight to the screenings subgraph.
 */
let hub: TestHub;
let hospitalId: string;
let screenId: string;
let mhReferralId: string;
const tokens = {} as Record<"hospital" | "hamiltonPaa" | "franklinPaa" | "mh" | "dd", string>;
const review = `mutation Review($i: ReviewLevelOneScreenInput!) { reviewLevelOneScreen(input: $i) { levelOneScreen { id reviewStatus } } }`;

/** The error as a partner sees it, with the id it sent replaced, so two answers about two ids compare. */
const shape = (answer: GraphQLAnswer, id: string) => ({
  status: answer.status,
  data: answer.data,
  errors: (answer.errors ?? []).map(({ message, extensions }) => ({ message: message.replace(id, "<id>"), code: extensions?.code })),
});

beforeAll(async () => {
  hub = await startTestHub();
  hospitalId = await registeredFacility(hub, "HOSPITAL", "Hamilton");
  tokens.hospital = await hub.token({ role: "HOSPITAL", facilityIds: [hospitalId] });
  tokens.hamiltonPaa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
  tokens.franklinPaa = await hub.token({ role: "PAA", counties: ["Franklin"] });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY" });
  tokens.dd = await hub.token({ role: "DD_AUTHORITY" });
  const submitted = await graphql(hub.gatewayUrl!, submitScreen, {
    token: tokens.hospital,
    variables: { input: screenInput({ individualId: randomUUID(), facilityId: hospitalId, mi: true }) },
  });
  expect(submitted.errors).toBeUndefined();
  screenId = submitted.data!.submitLevelOneScreen.levelOneScreen.id;
  mhReferralId = submitted.data!.submitLevelOneScreen.levelOneScreen.referrals.find((r: { authority: string }) => r.authority === "MH").id;
});
afterAll(() => hub?.stop());

describe.each(["gateway", "screenings"])("out of scope answers as missing (%s)", (door) => {
  const url = () => (door === "gateway" ? hub.gatewayUrl! : hub.subgraphs.screenings!.url);

  it("a PAA reviewing a screen outside its counties gets exactly what it gets for a screen that does not exist, and no county", async () => {
    const missing = randomUUID();
    const outside = await graphql(url(), review, {
      token: tokens.franklinPaa,
      variables: { i: { screenId, decision: "CONFIRMED", reviewedOn: "2026-11-03" } },
    });
    const absent = await graphql(url(), review, {
      token: tokens.franklinPaa,
      variables: { i: { screenId: missing, decision: "CONFIRMED", reviewedOn: "2026-11-03" } },
    });
    expect(shape(outside, screenId)).toEqual(shape(absent, missing));
    expect(shape(outside, screenId).errors.map((error) => error.code)).toEqual(["NOT_FOUND"]);
    expect(JSON.stringify(outside)).not.toMatch(/Hamilton/i);
  });

  it("a DD authority determining a referral assigned to the MH authority gets exactly what it gets for a referral that does not exist", async () => {
    const missing = randomUUID();
    const other = await graphql(url(), recordDetermination, { token: tokens.dd, variables: { input: determinationInput(mhReferralId, "2026-11-04") } });
    const absent = await graphql(url(), recordDetermination, { token: tokens.dd, variables: { input: determinationInput(missing, "2026-11-04") } });
    expect(shape(other, mhReferralId)).toEqual(shape(absent, missing));
    expect(JSON.stringify(other)).not.toMatch(/\bMH\b|assigned/);
  });
});

describe("the partners in scope still act", () => {
  it("the PAA of the screen's county reviews it", async () => {
    const answer = await graphql(hub.gatewayUrl!, review, {
      token: tokens.hamiltonPaa,
      variables: { i: { screenId, decision: "CONFIRMED", reviewedOn: "2026-11-03" } },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.reviewLevelOneScreen.levelOneScreen.reviewStatus).toBe("CONFIRMED");
  });

  it("the MH authority determines its referral", async () => {
    const answer = await graphql(hub.subgraphs.screenings!.url, recordDetermination, {
      token: tokens.mh,
      variables: { input: determinationInput(mhReferralId, "2026-11-04") },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordLevelTwoDetermination.levelTwoDetermination.referral.status).not.toBe("OPEN");
  });
});
