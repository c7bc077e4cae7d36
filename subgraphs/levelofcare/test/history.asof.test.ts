import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { graphql } from "../../../test/support/graphql.ts";
import { levelOfCareUnderTest } from "./support.ts";

/**
 * Issue 6, item 2: a determination is never edited, only superseded, so the history reads "as of"
 * any day: what the hub had recorded by the end of that day, and what stood then.
 */
const subject = levelOfCareUnderTest();

const history = `query History($r: [_Any!]!, $asOf: Date, $all: Boolean!) {
  _entities(representations: $r) { ... on Individual { levelOfCareDeterminations(asOf: $asOf, includeSuperseded: $all) { id } } }
}`;
const coverage = `query Coverage($r: [_Any!]!, $asOf: Date) {
  _entities(representations: $r) { ... on Individual { levelOfCareCoverage(from: "2026-02-25", to: "2026-03-03", asOf: $asOf) { coveredSpans { from through determinationId } uncoveredSpans { from through reason } } } }
}`;

/** A person with an approval recorded on 5 January, superseded by a skilled approval recorded on 2 March. */
async function supersededStory() {
  const person = randomUUID();
  const [first, second] = [randomUUID(), randomUUID()];
  const client = subject.service.client;
  await client.levelOfCareDetermination.create({
    data: {
      id: first,
      individualId: person,
      levelOfCareType: "NF_INTERMEDIATE",
      decision: "APPROVED",
      effectiveFrom: toDbDate("2026-01-01"),
      determinedAt: new Date("2026-01-05T15:00:00Z"),
    },
  });
  await client.levelOfCareDetermination.create({
    data: {
      id: second,
      individualId: person,
      levelOfCareType: "NF_SKILLED",
      decision: "APPROVED",
      effectiveFrom: toDbDate("2026-03-01"),
      determinedAt: new Date("2026-03-02T09:30:00Z"),
      supersedesId: first,
      supersessionReason: "Condition worsened: skilled care from March",
    },
  });
  const representation = {
    __typename: "Individual",
    id: person,
    mergedIds: [],
    pasrrCompliance: [{ from: "2025-12-01", through: null, status: "MET", reason: "PASRR_MET", recordIds: [], knownFrom: "2025-12-01", knownThrough: null }],
    stays: [],
  };
  return { first, second, representation };
}

describe("Level of Care history as of a date", () => {
  it("the determinations list reads what was recorded and standing at the end of the day asked about", async () => {
    const { first, second, representation } = await supersededStory();
    const read = async (asOf: string | null, all = false) => {
      const answer = await graphql(subject.url, history, {
        token: subject.stateToken,
        headers: await subject.hub.gatewayVouch(),
        variables: { r: [representation], asOf, all },
      });
      expect(answer.errors).toBeUndefined();
      return answer.data!._entities[0].levelOfCareDeterminations.map((d: { id: string }) => d.id);
    };
    expect(await read("2026-01-04")).toEqual([]);
    expect(await read("2026-01-05")).toEqual([first]);
    expect(await read("2026-03-01")).toEqual([first]);
    expect(await read("2026-03-01", true)).toEqual([first]);
    expect(await read("2026-03-02")).toEqual([second]);
    expect(await read("2026-03-02", true)).toEqual([second, first]);
    expect(await read(null)).toEqual([second]);
  });

  it("coverage as of a past day answers as a payment check made that day did, before the supersession was recorded", async () => {
    const { first, second, representation } = await supersededStory();
    const read = async (asOf: string | null) => {
      const answer = await graphql(subject.url, coverage, {
        token: subject.stateToken,
        headers: await subject.hub.gatewayVouch(),
        variables: { r: [representation], asOf },
      });
      expect(answer.errors).toBeUndefined();
      return answer.data!._entities[0].levelOfCareCoverage;
    };
    expect(await read("2026-02-20")).toEqual({ coveredSpans: [{ from: "2026-02-25", through: "2026-03-03", determinationId: first }], uncoveredSpans: [] });
    expect(await read(null)).toEqual({
      coveredSpans: [{ from: "2026-03-01", through: "2026-03-03", determinationId: second }],
      uncoveredSpans: [{ from: "2026-02-25", through: "2026-02-28", reason: "SUPERSEDED" }],
    });
  });
});
