import { addDays } from "@pasrr/calendar/calendar-date";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 22, "Demo data with history": the seeds write a past relative to the hub's clock, so the
 * questions a newcomer asks of the demo (what did the hub hold a few weeks ago? who waits for a
 * duplicate review? which facility nears IMD status?) have answers worth looking at.
 */
describe("the demo data has a past", () => {
  let hub: TestHub;
  let state: string;
  const ysolde = demoPeople[3]!;
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(hub.gatewayUrl!, query, { token: state, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    state = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });
  afterAll(() => hub?.stop());

  it("a Level of Care read as of 25 days ago answers what the hub held then, not what it holds today", async () => {
    const query = `query ($id: ID!, $asOf: Date) { individual(id: $id) { levelOfCareDeterminations(asOf: $asOf) { id levelOfCareType effectiveFrom } } }`;
    const then = await ok(query, { id: ysolde.id, asOf: addDays(hub.today, -25) });
    const now = await ok(query, { id: ysolde.id, asOf: null });
    const types = (data: typeof then) => data.individual.levelOfCareDeterminations.map((d: { levelOfCareType: string }) => d.levelOfCareType);
    expect(types(then)).toEqual(["NF_INTERMEDIATE", "NF_INTERMEDIATE"]);
    expect(types(now)).toEqual(["NF_SKILLED", "NF_INTERMEDIATE"]);
    // Before any of it reached the hub, nothing.
    expect((await ok(query, { id: ysolde.id, asOf: addDays(hub.today, -160) })).individual.levelOfCareDeterminations).toEqual([]);
  });

  it("coverage of the last month, asked as of 25 days ago, is intermediate; asked today, skilled", async () => {
    const query = `query ($id: ID!, $asOf: Date, $from: Date!, $to: Date!) {
      individual(id: $id) { levelOfCareCoverage(from: $from, to: $to, providerNumber: "DEMO-NF-0001", asOf: $asOf) { coveredSpans { levelOfCareType } } }
    }`;
    const window = { id: ysolde.id, from: addDays(hub.today, -28), to: addDays(hub.today, -26) };
    const then = await ok(query, { ...window, asOf: addDays(hub.today, -25) });
    const now = await ok(query, { ...window, asOf: null });
    expect(then.individual.levelOfCareCoverage.coveredSpans).toEqual([{ levelOfCareType: "NF_INTERMEDIATE" }]);
    expect(now.individual.levelOfCareCoverage.coveredSpans).toEqual([{ levelOfCareType: "NF_SKILLED" }]);
  });

  it("a registration 12 days ago waits in the duplicate-review queue, opened then", async () => {
    const data = await ok(`{ duplicateReviews(first: 10) { edges { node { id openedAt candidates { individual { id } score } } } } }`);
    const reviews = data.duplicateReviews.edges.map((edge: { node: unknown }) => edge.node);
    expect(reviews).toHaveLength(1);
    expect(reviews[0].candidates.map((c: { individual: { id: string } }) => c.individual.id)).toEqual([ysolde.id]);
    expect(reviews[0].openedAt.slice(0, 10)).toBe(addDays(hub.today, -12));
  });

  it("the IMD review finds the facility where half the residents have a primary serious mental illness", async () => {
    const data = await ok(
      `{ imdReview { facilitiesOverThreshold(threshold: NOTICE) { facility { id } imdShare { residentCount primarySeriousMentalIllnessCount status } } } }`,
    );
    expect(data.imdReview.facilitiesOverThreshold).toEqual([
      { facility: { id: demoFacilities[0]!.id }, imdShare: { residentCount: 2, primarySeriousMentalIllnessCount: 1, status: "NOTICE" } },
    ]);
  });
});
