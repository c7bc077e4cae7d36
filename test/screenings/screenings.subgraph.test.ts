import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { referralWorklist, screenInput, submitScreen } from "../support/screenings-scenario.ts";

/** The screenings subgraph alone, spoken to the way the gateway would. */
let hub: TestHub;
let url: string;
let nfId: string;
const tokens = {} as Record<"nf" | "paa" | "otherPaa" | "mh" | "dd" | "state", string>;

const statements = () => hub.subgraphs.screenings!.statements;

beforeAll(async () => {
  // The registry (facilities) answers whether a token's facility is a registered NF.
  hub = await startTestHub({ only: ["screenings", "facilities"] });
  url = hub.subgraphs.screenings!.url;
  nfId = await registeredFacility(hub, "NURSING_FACILITY");
  tokens.nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [nfId] });
  tokens.paa = await hub.token({ role: "PAA", counties: ["Hamilton"] });
  tokens.otherPaa = await hub.token({ role: "PAA", counties: ["Franklin"] });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY" });
  tokens.dd = await hub.token({ role: "DD_AUTHORITY" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

async function fileScreen(options: { mi?: boolean; dd?: boolean; token?: string; individualId?: string } = {}) {
  const individualId = options.individualId ?? randomUUID();
  const input = screenInput({
    individualId,
    facilityId: nfId,
    mi: options.mi,
    dd: options.dd,
    reasonForScreening: "RESIDENT_SIGNIFICANT_CHANGE",
    currentSetting: "NURSING_FACILITY",
  });
  const answer = await graphql(url, submitScreen, { token: options.token ?? tokens.nf, variables: { input } });
  expect(answer.errors).toBeUndefined();
  return { individualId, screen: answer.data!.submitLevelOneScreen.levelOneScreen };
}

const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id levelOneScreens { id } pasrr { requirementsMetOn currentOutcome } } } }`;

describe("_entities for Individual, with the records of merged people", () => {
  it("a person's screens include those of the records merged into them, read in one statement per loader", async () => {
    const kept = await fileScreen();
    const merged = await fileScreen();
    statements().reset();
    const answer = await graphql(url, entities, {
      token: tokens.state,
      headers: await hub.gatewayVouch(),
      variables: { r: [{ __typename: "Individual", id: kept.individualId, mergedIds: [merged.individualId] }] },
    });
    expect(answer.errors).toBeUndefined();
    const person = answer.data!._entities[0];
    expect(person.levelOneScreens.map((s: { id: string }) => s.id).sort()).toEqual([kept.screen.id, merged.screen.id].sort());
    // screens (shared by levelOneScreens and pasrr), and the Level II records (referrals with determinations and appeals) joined.
    expect(statements().count).toBe(2);
  });

  it("resolving many people costs the same two statements", async () => {
    const people = await Promise.all([fileScreen(), fileScreen(), fileScreen()]);
    statements().reset();
    const answer = await graphql(url, entities, {
      token: tokens.state,
      headers: await hub.gatewayVouch(),
      variables: { r: people.map((p) => ({ __typename: "Individual", id: p.individualId, mergedIds: [] })) },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities.map((e: { id: string }) => e.id)).toEqual(people.map((p) => p.individualId));
    expect(statements().count).toBe(2);
  });
});

describe("authority", () => {
  it("a PAA files and reads screens only for facilities in its counties", async () => {
    const { screen } = await fileScreen({ token: tokens.paa });
    const own = await graphql(url, `query($id: ID!) { levelOneScreen(id: $id) { id facilityCounty } }`, { token: tokens.paa, variables: { id: screen.id } });
    expect(own.data!.levelOneScreen).toEqual({ id: screen.id, facilityCounty: "Hamilton" });
    const other = await graphql(url, `query($id: ID!) { levelOneScreen(id: $id) { id } }`, { token: tokens.otherPaa, variables: { id: screen.id } });
    expect(other.data!.levelOneScreen).toBeNull();
    // A facility outside the PAA's counties (by the registry) is answered as a missing one.
    const filing = await graphql(url, submitScreen, {
      token: tokens.otherPaa,
      variables: { input: screenInput({ individualId: randomUUID(), facilityId: nfId }) },
    });
    expect(errorCodes(filing)).toEqual(["NOT_FOUND"]);
  });

  it("the MH authority reads a screen with MI indications, the DD authority does not", async () => {
    const { screen } = await fileScreen({ mi: true });
    const query = `query($id: ID!) { levelOneScreen(id: $id) { id referrals { authority } mentalIllness { diagnosis presentingEvidence } developmentalDisability { history } dangerToSelfOrOthers } }`;
    const mh = await graphql(url, query, { token: tokens.mh, variables: { id: screen.id } });
    expect(mh.data!.levelOneScreen).toMatchObject({
      referrals: [{ authority: "MH" }],
      mentalIllness: { diagnosis: true, presentingEvidence: false },
      developmentalDisability: { history: false },
      dangerToSelfOrOthers: false,
    });
    const dd = await graphql(url, query, { token: tokens.dd, variables: { id: screen.id } });
    expect(dd.data!.levelOneScreen).toBeNull();
  });

  it("the payment system may not submit or read screens", async () => {
    const payment = await hub.token({ role: "MEDICAID_PAYMENT" });
    const answer = await graphql(url, referralWorklist, { token: payment });
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
  });
});

describe("levelTwoReferrals worklist", () => {
  it("pages soonest-due first with stable cursors, and filters overdue referrals", async () => {
    const individualId = randomUUID();
    for (const screenedOn of ["2026-10-01", "2026-10-05", "2026-10-09"]) {
      const input = screenInput({
        individualId,
        facilityId: nfId,
        screenedOn,
        mi: true,
        reasonForScreening: "RESIDENT_SIGNIFICANT_CHANGE",
        currentSetting: "NURSING_FACILITY",
      });
      expect((await graphql(url, submitScreen, { token: tokens.nf, variables: { input } })).errors).toBeUndefined();
    }
    const first = await graphql(url, referralWorklist, { token: tokens.mh, variables: { filter: { individualId }, first: 2 } });
    expect(first.data!.levelTwoReferrals.pageInfo.hasNextPage).toBe(true);
    const rest = await graphql(url, referralWorklist, {
      token: tokens.mh,
      variables: { filter: { individualId }, first: 2, after: first.data!.levelTwoReferrals.pageInfo.endCursor },
    });
    const dues = [...first.data!.levelTwoReferrals.edges, ...rest.data!.levelTwoReferrals.edges].map((e: { node: { dueOn: string } }) => e.node.dueOn);
    // FEDERAL policy: 9 working days, Columbus Day (Mon 12 Oct 2026, a US federal holiday) skipped.
    expect(dues).toEqual(["2026-10-15", "2026-10-19", "2026-10-23"]);
    const overdue = await graphql(url, referralWorklist, { token: tokens.mh, variables: { filter: { individualId, overdueAsOf: "2026-10-20" } } });
    expect(overdue.data!.levelTwoReferrals.edges.map((e: { node: { dueOn: string } }) => e.node.dueOn)).toEqual(["2026-10-15", "2026-10-19"]);
    const dd = await graphql(url, referralWorklist, { token: tokens.dd, variables: { filter: { individualId } } });
    expect(dd.data!.levelTwoReferrals.edges).toEqual([]);
  });

  it("a malformed filter names its field", async () => {
    const answer = await graphql(url, referralWorklist, { token: tokens.mh, variables: { filter: { individualId: "not-an-id" } } });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.extensions!.field).toBe("filter.individualId");
  });
});
