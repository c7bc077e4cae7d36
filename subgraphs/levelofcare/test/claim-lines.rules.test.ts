import { describe, expect, it } from "vitest";
import { firstAnswers, linesOf, type ClaimLine } from "../src/claims/claim-lines.rules.ts";

const line = (extra: Partial<ClaimLine> = {}): ClaimLine => ({
  line: "1",
  medicaidId: "OH-123",
  issuer: "OH",
  providerNumber: "P1",
  from: "2026-03-01",
  to: "2026-03-31",
  ...extra,
});

describe("claim lines of a batch", () => {
  it("a line repeated in the batch, or its Medicaid ID spelled another way, is answered once per request", () => {
    const lines = [line(), line(), line({ medicaidId: "oh 123" }), line({ medicaidId: "OH123", providerNumber: "P1" })];
    const mine = linesOf(lines, [{ type: "MEDICAID_ID", issuer: "OH", value: "OH123" }]);
    expect(mine).toHaveLength(4);
    const request = {};
    expect(firstAnswers(request, mine)).toEqual([lines[0]]);
    expect(firstAnswers(request, mine)).toEqual([]);
    expect(firstAnswers({}, mine)).toEqual([lines[0]]);
  });

  it("lines differing in any part are different questions, however their texts run together", () => {
    const lines = [
      line(),
      line({ line: "1P1" }),
      line({ providerNumber: null }),
      line({ providerNumber: undefined }),
      line({ providerNumber: "" }),
      line({ providerNumber: "-" }),
      line({ line: "1:", providerNumber: "P1" }),
      line({ to: "2026-03-30" }),
      line({ from: "2026-03-02" }),
      line({ medicaidId: "OH-1234" }),
    ];
    // null and a missing provider number ask the same question (any facility); every other line is its own.
    expect(firstAnswers({}, lines)).toEqual([lines[0], lines[1], lines[2], lines[4], lines[5], lines[6], lines[7], lines[8], lines[9]]);
  });
});
