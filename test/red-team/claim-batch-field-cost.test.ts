import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subgraphNames } from "@pasrr/config/service-names";
import { errorCodes, graphql } from "../support/graphql.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { claimBatchFieldQuery, claimFacility, claimMonth } from "../support/payment-batch.ts";

/**
 * Red team, finding 3, against `levelOfCareClaimBatch` (issue 20): the attack on the old contract
 * (one person named 400 times, 400 lines) must cost the new field what 400 lines cost — one answer
 * per line, each person's facts read once — and the field takes no more than 10,000 lines.
 */
let hub: TestHub;
let payer: string;
const medicaidId = "999900000001";
const n = 400;
/** 400 spellings of one Medicaid ID (dashes in different places): all the same identifier once normalised. */
const spellings = Array.from({ length: n }, (_, i) => [...medicaidId].map((digit, k) => (k > 0 && (i + 1) & (1 << (k - 1)) ? `-${digit}` : digit)).join(""));
const lineOf = (i: number, id: string) => ({ line: String(i), medicaidId: id, issuer: "OH", providerNumber: claimFacility.providerNumber, ...claimMonth });
type Answer = { line: string; coveredSpans: unknown[]; uncoveredSpans: unknown[] } | null;

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
  payer = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: "claim-field-cost" });
});
afterAll(() => hub?.stop());

describe("levelOfCareClaimBatch's work grows with its lines, not their square", () => {
  const statementsFor = async (lines: ReturnType<typeof lineOf>[]) => {
    for (const name of subgraphNames) hub.subgraphs[name]!.statements.reset();
    const answer = await graphql(hub.gatewayUrl!, claimBatchFieldQuery, { token: payer, variables: { lines } });
    expect(errorCodes(answer)).toEqual([]);
    return { lines: answer.data!.levelOfCareClaimBatch.lines as Answer[], statements: subgraphNames.map((name) => hub.subgraphs[name]!.statements.count) };
  };

  it("400 lines naming one person 400 ways answer 400 lines, each as the one line alone, for the statements of one line", async () => {
    expect(new Set(spellings).size).toBe(n);
    const one = await statementsFor([lineOf(0, medicaidId)]);
    const many = await statementsFor(spellings.map((id, i) => lineOf(i, id)));
    expect(many.lines).toHaveLength(n);
    many.lines.forEach((answer, i) => expect(answer).toEqual({ ...one.lines[0], line: String(i) }));
    expect(many.statements).toEqual(one.statements);
  });

  it("the same Medicaid ID repeated 400 times is 400 lines too: nothing is answered twice and nothing is dropped", async () => {
    const repeated = await statementsFor(Array.from({ length: n }, (_, i) => lineOf(i, medicaidId)));
    expect(repeated.lines.map((answer) => answer?.line)).toEqual(Array.from({ length: n }, (_, i) => String(i)));
  });

  it("more than 10,000 lines are refused before anything runs, through the gateway and straight to individuals", async () => {
    const lines = Array.from({ length: 10_001 }, (_, i) => lineOf(i, medicaidId));
    const through = await graphql(hub.gatewayUrl!, claimBatchFieldQuery, { token: payer, variables: { lines } });
    expect(errorCodes(through)).toEqual(["OPERATION_LIMIT_EXCEEDED"]);
    const direct = await graphql(hub.subgraphs.individuals!.url, `query($lines: [ClaimLineInput!]!) { levelOfCareClaimBatch(lines: $lines) { __typename } }`, {
      token: payer,
      variables: { lines },
    });
    expect(
      errorCodes(direct).some((code) => code === "OPERATION_LIMIT_EXCEEDED" || code === "BAD_USER_INPUT"),
      JSON.stringify(direct.errors),
    ).toBe(true);
  });
});
