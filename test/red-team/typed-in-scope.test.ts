import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import {
  assess,
  assessment,
  deniedDetermination,
  determinations,
  determine,
  entryPoints,
  gaveNothing,
  maple,
  mercyHospital,
  newApplicant,
  noIndicationsScreen,
  reportEvent,
  reviewsDue,
  riverbend,
  standing,
  submitScreen,
  tobias,
} from "./scope-attacks.ts";

/**
 * Scope finding 1, "typed-in scope": a PAA whose token lists Hamilton sent `county: "Hamilton"`
 * (or `facilityCounty`) with a Butler record, and took Butler's Resident Review into its worklist,
 * ended another NF's review clock and recorded a DENIED Level of Care for a Butler resident.
 * Scope now comes from the registry's county of the facility and the person's stays and screens.
 */
let hub: TestHub;
let hamiltonPaa: string;
let butlerPaa: string;
let state: string;
beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
  hamiltonPaa = await hub.token({ role: "PAA", counties: ["Hamilton"], organisationId: "paa-hamilton" });
  butlerPaa = await hub.token({ role: "PAA", counties: ["Butler"], organisationId: "paa-butler" });
  state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
});
afterAll(() => hub?.stop());

describe("a Hamilton PAA typing Hamilton beside a Butler record gets nothing", () => {
  it("submitLevelOneScreen for Riverbend (Butler) with facilityCounty Hamilton is refused as a missing record, and the standing is unchanged", async () => {
    const before = await graphql(hub.gatewayUrl!, standing, { token: state, variables: { id: tobias.id } });
    for (const [where, url] of entryPoints(hub, "screenings")) {
      const answer = await graphql(url, submitScreen, {
        token: hamiltonPaa,
        variables: { input: noIndicationsScreen(tobias.id, riverbend.id, { facilityCounty: "Hamilton" }) },
      });
      expect(gaveNothing(answer, "submitLevelOneScreen"), where).toEqual({ data: null, codes: ["NOT_FOUND"] });
      expect(JSON.stringify(answer.errors), where).not.toMatch(/Butler|Riverbend|f002/);
    }
    expect((await graphql(hub.gatewayUrl!, standing, { token: state, variables: { id: tobias.id } })).data).toEqual(before.data);
  });

  it("reportResidentEvent at Riverbend with facilityCounty Hamilton starts no review and none enters the Hamilton worklist", async () => {
    const fact = { individualId: tobias.id, facilityId: riverbend.id, facilityCounty: "Hamilton", event: "SIGNIFICANT_CHANGE", occurredOn: "2026-11-01" };
    for (const [where, url] of entryPoints(hub, "screenings")) {
      const answer = await graphql(url, reportEvent, { token: hamiltonPaa, variables: { input: fact } });
      expect(gaveNothing(answer, "reportResidentEvent"), where).toEqual({ data: null, codes: ["NOT_FOUND"] });
    }
    // The demo's own Hamilton reviews may be there (person 4's at Maple Terrace); none is at Riverbend or of Tobias.
    const worklist = await graphql(hub.gatewayUrl!, reviewsDue, { token: hamiltonPaa });
    const listed: { facilityId: string; individual: { id: string } }[] = worklist.data!.residentReviewsDue.edges.map((edge: { node: unknown }) => edge.node);
    expect(listed.filter((review) => review.facilityId === riverbend.id || review.individual.id === tobias.id)).toEqual([]);
    expect(listed.every((review) => review.facilityId === maple.id)).toBe(true);
  });

  it("a DISCHARGED typed in at Riverbend by the Hamilton PAA ends no review clock there", async () => {
    const started = await graphql(hub.gatewayUrl!, reportEvent, {
      token: butlerPaa,
      variables: { input: { individualId: tobias.id, facilityId: riverbend.id, event: "SIGNIFICANT_CHANGE", occurredOn: "2026-11-01" } },
    });
    expect(started.errors).toBeUndefined();
    const review = started.data!.reportResidentEvent.residentReview;
    expect(review).toMatchObject({ facilityId: riverbend.id });
    for (const [, url] of entryPoints(hub, "screenings")) {
      const answer = await graphql(url, reportEvent, {
        token: hamiltonPaa,
        variables: { input: { individualId: tobias.id, facilityId: riverbend.id, facilityCounty: "Hamilton", event: "DISCHARGED", occurredOn: "2026-11-02" } },
      });
      expect(gaveNothing(answer, "reportResidentEvent").codes).toEqual(["NOT_FOUND"]);
    }
    const butlerWorklist = await graphql(hub.gatewayUrl!, reviewsDue, { token: butlerPaa });
    expect(butlerWorklist.data!.residentReviewsDue.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(review.id);
  });

  it("submitLevelOfCareAssessment and determineLevelOfCare for a Butler resident with county Hamilton record nothing", async () => {
    const butlerAssessment = await graphql(hub.gatewayUrl!, assess, { token: butlerPaa, variables: { input: assessment(tobias.id) } });
    expect(butlerAssessment.errors).toBeUndefined();
    const assessmentId = butlerAssessment.data!.submitLevelOfCareAssessment.assessment.id as string;
    for (const [where, url] of entryPoints(hub, "levelofcare")) {
      const assessed = await graphql(url, assess, { token: hamiltonPaa, variables: { input: assessment(tobias.id, { county: "Hamilton" }) } });
      expect(gaveNothing(assessed, "submitLevelOfCareAssessment"), where).toEqual({ data: null, codes: ["NOT_FOUND"] });
      for (const extra of [{ county: "Hamilton" }, { county: "Hamilton", facilityId: riverbend.id }, { county: "Hamilton", facilityId: maple.id }]) {
        const denied = await graphql(url, determine, { token: hamiltonPaa, variables: { input: deniedDetermination(tobias.id, assessmentId, extra) } });
        expect(gaveNothing(denied, "determineLevelOfCare"), `${where} ${JSON.stringify(extra)}`).toEqual({ data: null, codes: ["NOT_FOUND"] });
      }
    }
    const recorded = await graphql(hub.gatewayUrl!, determinations, { token: state, variables: { id: tobias.id } });
    expect(recorded.data!.individual.levelOfCareDeterminations).toEqual([]);
  });
});

describe("the legitimate PAA still gets its answer", () => {
  it("a Hamilton PAA assesses and determines LOC for a Hamilton applicant (Level I at the Hamilton hospital); the county is the registry's", async () => {
    const hospital = await hub.token({ role: "HOSPITAL", facilityIds: [mercyHospital], organisationId: "mercy" });
    const person = await newApplicant(hub, hospital);
    const screened = await graphql(hub.gatewayUrl!, submitScreen, {
      token: hospital,
      variables: { input: noIndicationsScreen(person, mercyHospital, { screenedOn: "2026-09-20" }) },
    });
    expect(screened.errors).toBeUndefined();
    expect(screened.data!.submitLevelOneScreen.levelOneScreen.facilityCounty).toBe("Hamilton");
    for (const [where, url] of entryPoints(hub, "levelofcare")) {
      const assessed = await graphql(url, assess, { token: hamiltonPaa, variables: { input: assessment(person) } });
      expect(assessed.errors, where).toBeUndefined();
      const assessmentId = assessed.data!.submitLevelOfCareAssessment.assessment.id as string;
      const approved = await graphql(url, determine, {
        token: hamiltonPaa,
        variables: { input: deniedDetermination(person, assessmentId, { decision: "APPROVED", facilityId: maple.id, effectiveFrom: "2026-09-20" }) },
      });
      expect(approved.errors, where).toBeUndefined();
      expect(approved.data!.determineLevelOfCare.determination.decision).toBe("APPROVED");
      if (where !== "gateway") break; // one determination per person: the second would supersede
    }
  });

  it("the Butler PAA reports a significant change at Riverbend and sees it in its worklist", async () => {
    const answer = await graphql(hub.subgraphs.screenings!.url, reportEvent, {
      token: butlerPaa,
      variables: { input: { individualId: tobias.id, facilityId: riverbend.id, event: "SIGNIFICANT_CHANGE", occurredOn: "2026-11-01" } },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.reportResidentEvent.residentReview).toMatchObject({ facilityId: riverbend.id });
  });
});
