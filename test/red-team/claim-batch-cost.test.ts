import { demoPeople } from "@pasrr/devtools/demo-cast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { claimBatchQuery, claimFacility, claimMonth } from "../support/payment-batch.ts";

/**
 * Red team, finding 3: the safelisted claim batch with 400 identical Medicaid IDs × 400 lines
 * produced 160,000 objects (44 MB, 12.7 s) on a cost estimate of 8,401. The estimate now counts
 * a repeated identifier's lines once per repeat (refused), and levelofcare answers each line once
 * per request, so a repeat spelled differently (which the estimate cannot see) costs nothing extra.
 */
let hub: TestHub;
let payer: string;
const person = demoPeople[0]!;
const medicaidId = "999900000001";
const n = 400;
const lines = Array.from({ length: n }, (_, i) => ({ line: String(i), medicaidId, issuer: "OH", providerNumber: claimFacility.providerNumber, ...claimMonth }));
/** 400 spellings of one Medicaid ID (dashes in different places): all the same identifier once normalised. */
const spellings = Array.from({ length: n }, (_, i) => [...medicaidId].map((digit, k) => (k > 0 && (i + 1) & (1 << (k - 1)) ? `-${digit}` : digit)).join(""));
type Coverage = { line: string }[];

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
  payer = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: "claim-cost" });
});
afterAll(() => hub?.stop());

describe("the claim batch's work grows with its input, not its square", () => {
  it("through the gateway, 400 copies of one Medicaid ID × 400 lines are refused by the cost estimate before anything runs", async () => {
    const ids = Array.from({ length: n }, () => ({ type: "MEDICAID_ID", issuer: "OH", value: medicaidId }));
    const answer = await graphql(hub.gatewayUrl!, claimBatchQuery, { token: payer, variables: { ids, lines } });
    expect(errorCodes(answer)).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
    expect(answer.errors![0]!.extensions).toMatchObject({ limit: "cost" });
  });

  it("through the gateway, 400 spellings of one Medicaid ID × 400 lines answer each line once: 400 answers, not 160,000", async () => {
    expect(new Set(spellings).size).toBe(n);
    const ids = spellings.map((value) => ({ type: "MEDICAID_ID", issuer: "OH", value }));
    const started = performance.now();
    const answer = await graphql(hub.gatewayUrl!, claimBatchQuery, { token: payer, variables: { ids, lines } });
    const elapsed = performance.now() - started;
    expect(errorCodes(answer)).toEqual([]);
    const results = answer.data!.individualsByIdentifiers as { levelOfCareClaimCoverage: Coverage }[];
    expect(results).toHaveLength(n);
    expect(results[0]!.levelOfCareClaimCoverage.map((line) => line.line)).toEqual(lines.map((line) => line.line));
    expect(results.slice(1).every((result) => result.levelOfCareClaimCoverage.length === 0)).toBe(true);
    // The same 400 lines asked once, for comparison: repeats should add little beyond 400 lookups.
    const onceStarted = performance.now();
    const once = await graphql(hub.gatewayUrl!, claimBatchQuery, { token: payer, variables: { ids: ids.slice(0, 1), lines } });
    const onceElapsed = performance.now() - onceStarted;
    expect(once.data!.individualsByIdentifiers[0].levelOfCareClaimCoverage).toEqual(results[0]!.levelOfCareClaimCoverage);
    console.info(
      `400 spellings × 400 lines: ${Math.round(elapsed)} ms, ${JSON.stringify(answer.data).length} bytes; 1 × 400 lines: ${Math.round(onceElapsed)} ms, ${JSON.stringify(once.data).length} bytes`,
    );
  });

  it("straight to levelofcare, 400 identical representations × 400 lines answer each line once", async () => {
    const representation = {
      __typename: "Individual",
      id: person.id,
      mergedIds: [],
      pasrrCompliance: [],
      stays: [],
      identifiers: [{ type: "MEDICAID_ID", issuer: "OH", value: medicaidId }],
    };
    const query = `query Entities($reps: [_Any!]!, $lines: [ClaimLineInput!]!) { _entities(representations: $reps) { ... on Individual { levelOfCareClaimCoverage(lines: $lines) { line } } } }`;
    const answer = await graphql(hub.subgraphs.levelofcare!.url, query, {
      token: payer,
      headers: await hub.gatewayVouch(),
      variables: { reps: Array.from({ length: n }, () => representation), lines },
    });
    expect(errorCodes(answer)).toEqual([]);
    const answered = (answer.data!._entities as { levelOfCareClaimCoverage: Coverage }[]).flatMap((entity) => entity.levelOfCareClaimCoverage);
    expect(answered).toHaveLength(n);
  });

  it("the legitimate batch — each person once, each with their own lines — still answers every line on its person", async () => {
    const people = demoPeople.slice(0, 3).map((_, i) => `9999000000${String(i + 1).padStart(2, "0")}`);
    const ids = people.map((value) => ({ type: "MEDICAID_ID", issuer: "OH", value }));
    const own = people.flatMap((id, p) =>
      [0, 1].map((k) => ({ line: `${p}-${k}`, medicaidId: id, issuer: "OH", providerNumber: claimFacility.providerNumber, ...claimMonth })),
    );
    const answer = await graphql(hub.gatewayUrl!, claimBatchQuery, { token: payer, variables: { ids, lines: own } });
    expect(errorCodes(answer)).toEqual([]);
    const results = answer.data!.individualsByIdentifiers as { levelOfCareClaimCoverage: Coverage }[];
    expect(results.map((result) => result.levelOfCareClaimCoverage.map((line) => line.line))).toEqual([
      ["0-0", "0-1"],
      ["1-0", "1-1"],
      ["2-0", "2-1"],
    ]);
  });
});
