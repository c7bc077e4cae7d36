import { describe, expect, it } from "vitest";
import { batchContractJson, perPersonContractJson, type LineAnswer } from "../scripts/bench/payment-floor.ts";

const line = (n: number, medicaidId: string) => ({ line: String(n), medicaidId, issuer: "OH", from: "2026-10-01", to: "2026-10-31" });
const answer = (n: number): LineAnswer => ({
  line: String(n),
  coveredSpans: [],
  uncoveredSpans: [{ from: "2026-10-01", through: "2026-10-31", reason: "NO_DETERMINATION" }],
});

describe("the payment bench's fair floor answers in both contracts' shapes", () => {
  const lines = [line(0, "888800000001"), line(1, "888800000002"), line(2, "8888-0000-0001"), line(3, "888800000009")];
  // Line 3 names nobody; lines 0 and 2 name the same person (the second spelled with dashes).
  const answers = [answer(0), answer(1), answer(2), null];

  it("answers the new entry point one line at a time, in line order, null where the ID names nobody, as the gateway sends it", () => {
    expect(batchContractJson(answers)).toBe(`${JSON.stringify({ data: { levelOfCareClaimBatch: { lines: answers } } })}\n`);
  });

  it("regroups the same line answers per identifier asked for the current contract, null where it names nobody", () => {
    const identifiers = [
      { issuer: "OH", value: "888800000001" },
      { issuer: "OH", value: "888800000002" },
      { issuer: "OH", value: "888800000009" },
    ];
    expect(JSON.parse(perPersonContractJson(identifiers, lines, answers))).toEqual({
      data: {
        individualsByIdentifiers: [{ levelOfCareClaimCoverage: [answers[0], answers[2]] }, { levelOfCareClaimCoverage: [answers[1]] }, null],
      },
    });
  });
});
