import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { graphql } from "../../../test/support/graphql.ts";
import { startLevelOfCareSubgraph, type TestHub } from "./support.ts";

/** The subgraph alone: the router's `_entities` call for `levelOfCareCoverage`, with the `@requires` fields in the representation. */
type RunningLevelOfCare = Awaited<ReturnType<typeof startLevelOfCareSubgraph>>["service"];

let hub: TestHub;
let service: RunningLevelOfCare;
let paymentToken: string;

beforeAll(async () => {
  ({ hub, service } = await startLevelOfCareSubgraph());
  paymentToken = await hub.token({ role: "MEDICAID_PAYMENT" });
});
afterAll(() => hub?.stop());

const coverageOf = `query Coverage($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Individual { id levelOfCareCoverage(from: "2026-10-01", to: "2026-10-10", providerNumber: "NF-1") { coveredSpans { from through determinationId } uncoveredSpans { from through reason } } }
  }
}`;

const facilityId = randomUUID();
/** What the router hands levelofcare: the key plus the fields named in `@requires`, fetched from the other subgraphs. */
const representation = (id: string, mergedIds: string[] = []) => ({
  __typename: "Individual",
  id,
  mergedIds,
  pasrrCompliance: [{ from: "2026-09-01", through: null, status: "MET", reason: "PASRR_MET", recordIds: [], knownFrom: "2026-09-01", knownThrough: null }],
  stays: [
    {
      admittedOn: "2026-10-03",
      dischargedOn: null,
      facility: { id: facilityId, providerNumber: "NF-1" },
      payerPeriods: [{ payer: "MEDICAID", startsOn: "2026-10-03", endsOn: null }],
      leavePeriods: [],
    },
  ],
});

async function approvedFor(individualId: string) {
  const id = randomUUID();
  await service.client.levelOfCareDetermination.create({
    data: { id, individualId, facilityId, levelOfCareType: "NF_INTERMEDIATE", decision: "APPROVED", effectiveFrom: toDbDate("2026-09-15") },
  });
  return id;
}

describe("_entities for Individual.levelOfCareCoverage", () => {
  it("a determination recorded on a merged duplicate covers the surviving person's days", async () => {
    const person = randomUUID();
    const duplicate = randomUUID();
    const determinationId = await approvedFor(duplicate);
    const answer = await graphql(service.url, coverageOf, {
      token: paymentToken,
      headers: await hub.gatewayVouch(),
      variables: { r: [representation(person, [duplicate])] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities[0].levelOfCareCoverage).toEqual({
      coveredSpans: [{ from: "2026-10-03", through: "2026-10-10", determinationId }],
      uncoveredSpans: [{ from: "2026-10-01", through: "2026-10-02", reason: "NOT_AT_FACILITY" }],
    });
  });

  it("the determinations of 50 people and their merged records load in one statement", async () => {
    const people = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const [person, duplicate] = [randomUUID(), randomUUID()];
        await approvedFor(duplicate);
        return representation(person, [duplicate]);
      }),
    );
    service.statements.reset();
    const answer = await graphql(service.url, coverageOf, { token: paymentToken, headers: await hub.gatewayVouch(), variables: { r: people } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toHaveLength(50);
    expect(service.statements.count).toBe(1);
  });
});
