import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type GraphQLAnswer } from "../support/graphql.ts";
import { registeredFacility } from "../support/registered-facility.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { screenInput } from "../support/screenings-scenario.ts";

/**
 * Issue 17, categoricals decided by an authority: a Colorado story through the real gateway under
 * the CO pack. The NF files a Level I asking for a convalescent categorical; the Utilization
 * Review Contractor (CO 8.401.192: the hub's PAA role for the facility's county) decides it. Until
 * then PASRR is not met; the grant's 60 days (8.401.192 B.3.b) run from the decision.
 */

let hub: TestHub;
let url: string;
let nfId: string;
const tokens = {} as Record<"nf" | "urc" | "otherUrc" | "mh" | "state", string>;

const submit = `mutation($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen {
  id outcome categoricalType categoricalStatus categoricalDueOn validThrough explanation { rule explanation } } } }`;
const decide = `mutation($input: DecideCategoricalInput!) { decideCategorical(input: $input) {
  levelOneScreen { id outcome categoricalType categoricalStatus categoricalDecidedOn validThrough explanation { rule source explanation }
    referrals { authority referredOn dueOn } categoricalDecisions { deciderRole decidedByOrganisationId decision decidedOn reason } }
  categoricalDecision { deciderRole decision decidedOn } } }`;
const standing = `query($id: ID!) { individual(id: $id) { pasrr { requirementsMetOn nursingFacilityAdmissionAllowed validThrough nextAction { action dueOn } }
  pasrrCompliance { from through reason knownThrough } } }`;
const worklist = `{ categoricalRequests(first: 20) { edges { node { id categoricalType categoricalDueOn } } } }`;
const reportEvent = `mutation($i: ReportResidentEventInput!) { reportResidentEvent(input: $i) { residentReview { reason triggeredOn dueOn } } }`;
const reviewsDue = `{ residentReviewsDue(asOf: "2026-11-22", withinDays: 60) { edges { node { individual { id } reason triggeredOn dueOn } } } }`;

let people = 0;
async function newPerson(): Promise<string> {
  people += 1;
  const answer = await graphql(url, `mutation($i: RegisterIndividualInput!) { registerIndividual(input: $i) { individual { id } } }`, {
    token: tokens.state,
    variables: {
      i: {
        givenName: ["Calla", "Ender", "Fennick"][people % 3],
        familyName: `Categorical-${people}`,
        birthDate: `194${people}-03-1${people}`,
        county: "Denver",
        state: "CO",
      },
    },
  });
  return answer.data!.registerIndividual.individual.id;
}
async function requestConvalescent(individualId: string, screenedOn: string) {
  const input = {
    ...screenInput({ individualId, facilityId: nfId, screenedOn, mi: true, request: { kind: "CONVALESCENT" } }),
    reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
  };
  const answer = await graphql(url, submit, { token: tokens.nf, variables: { input } });
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.submitLevelOneScreen.levelOneScreen;
}
const decision = (screenId: string, decisionValue: "GRANTED" | "DENIED", decidedOn: string) => ({
  input: {
    screenId,
    decision: decisionValue,
    decidedOn,
    reason: "Acute hospital stay for a hip fracture; rehabilitation prescribed, no danger to self or others.",
  },
});

beforeAll(async () => {
  hub = await startTestHub({ env: { PASRR_POLICY_STATE: "CO" } });
  url = hub.gatewayUrl!;
  nfId = await registeredFacility(hub, "NURSING_FACILITY", "Denver");
  tokens.nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [nfId], organisationId: "denver-nf" });
  tokens.urc = await hub.token({ role: "PAA", counties: ["Denver"], organisationId: "co-urc" });
  tokens.otherUrc = await hub.token({ role: "PAA", counties: ["Pueblo"], organisationId: "co-urc-pueblo" });
  tokens.mh = await hub.token({ role: "MH_AUTHORITY", organisationId: "co-mh" });
  tokens.state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

describe("CO: the utilization review contractor decides a categorical (CO 8.401.192)", () => {
  let person: string;
  let screenId: string;

  it("the NF's Level I asking for convalescent care only requests it: pending the URC, due in 9 working days, PASRR not met", async () => {
    person = await newPerson();
    const screen = await requestConvalescent(person, "2026-11-02");
    screenId = screen.id;
    // Working days skip the state's public holidays: Veterans Day, Wed 11 Nov 2026.
    expect(screen).toMatchObject({
      outcome: "CATEGORICAL_REQUESTED",
      categoricalType: "CONVALESCENT",
      categoricalStatus: "REQUESTED",
      categoricalDueOn: "2026-11-16",
      validThrough: null,
    });
    expect(screen.explanation.explanation).toMatch(/pending the decision of the PAA/);
    const { pasrr, pasrrCompliance } = (await graphql(url, standing, { token: tokens.state, variables: { id: person } })).data!.individual;
    expect(pasrr).toMatchObject({
      requirementsMetOn: null,
      nursingFacilityAdmissionAllowed: false,
      nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: "2026-11-16" },
    });
    expect(pasrrCompliance).toEqual([{ from: "2026-11-02", through: null, reason: "LEVEL_II_PENDING", knownThrough: null }]);
  });

  it("the URC of the facility's county sees it in its worklist with its due date; a URC of another county does not", async () => {
    const mine = (await graphql(url, worklist, { token: tokens.urc })).data!.categoricalRequests.edges;
    expect(mine).toContainEqual({ node: { id: screenId, categoricalType: "CONVALESCENT", categoricalDueOn: "2026-11-16" } });
    expect((await graphql(url, worklist, { token: tokens.otherUrc })).data!.categoricalRequests.edges).toEqual([]);
    expect((await graphql(url, worklist, { token: tokens.mh })).data!.categoricalRequests.edges).toEqual([]);
  });

  it("the filer may not decide its own request, nor the MH authority where the pack names the URC; the URC of another county finds nothing", async () => {
    for (const target of [url, hub.subgraphs.screenings!.url]) {
      const byFiler = await graphql(target, decide, { token: tokens.nf, variables: decision(screenId, "GRANTED", "2026-11-04") });
      expect(byFiler.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
      const byMh = await graphql(target, decide, { token: tokens.mh, variables: decision(screenId, "GRANTED", "2026-11-04") });
      expect(byMh.errors?.map((e) => [e.extensions?.code, e.extensions?.rule])).toEqual([["FORBIDDEN", "CO-CATEGORICAL-URC-DECIDES"]]);
      expect(byMh.errors![0]!.message).toMatch(/^CO-CATEGORICAL-URC-DECIDES: in CO the PAA decides .*8\.401\.192/);
      const elsewhere = await graphql(target, decide, { token: tokens.otherUrc, variables: decision(screenId, "GRANTED", "2026-11-04") });
      expect(elsewhere.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
    }
  });

  it("admitted while the request is pending, the stay starts no clock: no approval is in force yet", async () => {
    const admitted = await graphql(url, reportEvent, {
      token: tokens.state,
      variables: { i: { individualId: person, facilityId: nfId, event: "ADMITTED", occurredOn: "2026-11-04" } },
    });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data!.reportResidentEvent.residentReview).toBeNull();
  });

  it("the URC grants it: CATEGORICAL from the decision, its 60 days running from that day; PASRR met from the decision day; the clock starts from the grant", async () => {
    const answer = await graphql(url, decide, { token: tokens.urc, variables: decision(screenId, "GRANTED", "2026-11-05") });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const { levelOneScreen, categoricalDecision } = answer.data!.decideCategorical;
    expect(levelOneScreen).toMatchObject({
      outcome: "CATEGORICAL",
      categoricalType: "CONVALESCENT",
      categoricalStatus: "GRANTED",
      categoricalDecidedOn: "2026-11-05",
      validThrough: "2027-01-03",
      referrals: [],
      categoricalDecisions: [
        { deciderRole: "PAA", decidedByOrganisationId: "co-urc", decision: "GRANTED", decidedOn: "2026-11-05", reason: expect.stringMatching(/hip fracture/) },
      ],
    });
    expect(levelOneScreen.explanation.explanation).toMatch(/granted on 2026-11-05 by the PAA.*through 2027-01-03; at its end a Level II referral is due/);
    expect(categoricalDecision).toEqual({ deciderRole: "PAA", decision: "GRANTED", decidedOn: "2026-11-05" });

    const { pasrr, pasrrCompliance } = (await graphql(url, standing, { token: tokens.state, variables: { id: person } })).data!.individual;
    expect(pasrr).toMatchObject({
      requirementsMetOn: "2026-11-05",
      nursingFacilityAdmissionAllowed: true,
      validThrough: "2027-01-03",
      nextAction: { action: "RESIDENT_REVIEW", dueOn: "2027-01-03" },
    });
    const current = pasrrCompliance
      .filter((p: { knownThrough: string | null }) => p.knownThrough === null)
      .map((p: { from: string; reason: string }) => [p.from, p.reason]);
    expect(current).toEqual([
      ["2026-11-02", "LEVEL_II_PENDING"],
      ["2026-11-04", "LEVEL_II_PENDING"],
      ["2026-11-05", "PASRR_MET"],
      ["2027-01-04", "EXEMPTION_EXPIRED"],
    ]);

    const reviews = (await graphql(url, reviewsDue, { token: tokens.state })).data!.residentReviewsDue.edges.filter(
      (e: { node: { individual: { id: string } } }) => e.node.individual.id === person,
    );
    expect(reviews.map((e: { node: unknown }) => e.node)).toEqual([
      { individual: { id: person }, reason: "TIME_LIMITED_APPROVAL_EXPIRING", triggeredOn: "2026-11-05", dueOn: "2027-01-03" },
    ]);
    expect((await graphql(url, worklist, { token: tokens.urc })).data!.categoricalRequests.edges).toEqual([]);
  });

  it("a categorical is decided once: deciding it again is a CONFLICT naming the rule", async () => {
    const again = await graphql(url, decide, { token: tokens.urc, variables: decision(screenId, "DENIED", "2026-11-06") });
    expect(again.errors?.map((e) => [e.extensions?.code, e.extensions?.rule])).toEqual([["CONFLICT", "FED-CAT-DECIDED-ONCE"]]);
    expect(again.errors![0]!.message).toMatch(/already granted/);
  });
});

describe("CO: a denied categorical is a Level II in progress (CO 8.401.192)", () => {
  it("the URC denies it: LEVEL_II_REQUIRED, the MH referral opened on the day of the denial, due in CO's 10 working days", async () => {
    const person = await newPerson();
    const screen = await requestConvalescent(person, "2026-11-09");
    const answer = await graphql(url, decide, { token: tokens.urc, variables: decision(screen.id, "DENIED", "2026-11-10") });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answer.data!.decideCategorical.levelOneScreen).toMatchObject({
      outcome: "LEVEL_II_REQUIRED",
      categoricalType: null,
      categoricalStatus: "DENIED",
      categoricalDecidedOn: "2026-11-10",
      validThrough: null,
      explanation: { rule: "categorical-convalescent-denied" },
      referrals: [{ authority: "MH", referredOn: "2026-11-10", dueOn: "2026-11-25" }],
    });
    const { pasrr, pasrrCompliance } = (await graphql(url, standing, { token: tokens.state, variables: { id: person } })).data!.individual;
    expect(pasrr).toMatchObject({ requirementsMetOn: null, nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: "2026-11-25" } });
    expect(pasrrCompliance.filter((p: { knownThrough: string | null }) => p.knownThrough === null).map((p: { reason: string }) => p.reason)).toEqual([
      "LEVEL_II_PENDING",
    ]);
  });

  it("a decision may not precede the screen that asked for it: BAD_USER_INPUT naming the field", async () => {
    const person = await newPerson();
    const screen = await requestConvalescent(person, "2026-11-09");
    const early = await graphql(url, decide, { token: tokens.urc, variables: decision(screen.id, "GRANTED", "2026-11-06") });
    expect(early.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([["BAD_USER_INPUT", "input.decidedOn"]]);
  });

  it("CO has no respite categorical: the request is not applied and the screen goes to Level II, naming the rule", async () => {
    const person = await newPerson();
    const input = screenInput({ individualId: person, facilityId: nfId, screenedOn: "2026-11-09", mi: true, request: { kind: "RESPITE" } });
    const screen = (await graphql(url, submit, { token: tokens.nf, variables: { input } })).data!.submitLevelOneScreen.levelOneScreen;
    expect(screen).toMatchObject({ outcome: "LEVEL_II_REQUIRED", categoricalStatus: null });
    expect(screen.explanation.explanation).toMatch(/Categorical determination not applied: CO-CATEGORICAL-LIST/);
  });
});

describe("the URC's worklist pages soonest due first", () => {
  it("each page continues after the last one's cursor, in due order", async () => {
    const later = await requestConvalescent(await newPerson(), "2026-11-17");
    const sooner = await requestConvalescent(await newPerson(), "2026-11-16");
    const page = `query($after: String) { categoricalRequests(first: 1, after: $after) { edges { node { id categoricalDueOn } } pageInfo { hasNextPage endCursor } } }`;
    const seen: { id: string; categoricalDueOn: string }[] = [];
    let after: string | null = null;
    do {
      const answer: GraphQLAnswer = await graphql(url, page, { token: tokens.urc, variables: { after } });
      expect(answer.errors).toBeUndefined();
      const { edges, pageInfo } = answer.data!.categoricalRequests as {
        edges: { node: { id: string; categoricalDueOn: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      seen.push(...edges.map((edge) => edge.node));
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    const dues = seen.map((node) => node.categoricalDueOn);
    expect(dues).toEqual([...dues].sort());
    expect(seen.map((node) => node.id).filter((id) => id === sooner.id || id === later.id)).toEqual([sooner.id, later.id]);
  });
});
