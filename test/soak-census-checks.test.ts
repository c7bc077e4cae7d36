import { describe, expect, it } from "vitest";
import { callsPerFact, countDeliveries, countMissingAndDuplicated, countOutOfOrder, type Effect, type Fact } from "../scripts/soak/census-checks.ts";

/**
 * The replica soak's census checks (scripts/soak/census-checks.ts) over rows as the databases
 * hold them: one person admitted at NF A with a hospital-exemption clock, transferred to NF B,
 * discharged. Each test breaks the story the way a faulty feed would and expects it caught.
 */
const [A, B] = ["nf-a", "nf-b"];
const facts: Fact[] = [
  { event: "e1", person: "p", facility: A, fact: "ADMITTED", attempts: 1 },
  { event: "e2", person: "p", facility: B, fact: "TRANSFERRED_IN", attempts: 1 },
  { event: "e3", person: "p", facility: B, fact: "DISCHARGED", attempts: 1 },
];
const at = (second: number) => new Date(Date.UTC(2026, 10, 22, 12, 0, second));
const admission = (event: string, facility: string, second: number): Effect => ({
  event,
  person: "p",
  created: at(second),
  table: "NursingFacilityAdmission",
  reason: null,
  facility,
  open: false,
});
const clock = (overrides: Partial<Effect> = {}): Effect => ({
  event: "e1",
  person: "p",
  created: at(1),
  table: "ResidentReview",
  reason: "HOSPITAL_EXEMPTION_EXPIRING",
  facility: B,
  open: false,
  ...overrides,
});
const inOrder = [admission("e1", A, 1), clock(), admission("e2", B, 2)];
const exempt = new Set(["p"]);

describe("census checks of the replica soak", () => {
  it("a story applied once and in order passes every check", () => {
    expect(
      countDeliveries(
        facts,
        new Map([
          ["e1", 1],
          ["e2", 1],
          ["e3", 1],
        ]),
        [],
      ),
    ).toEqual({ neverReceived: 0, repeated: 0 });
    expect(countMissingAndDuplicated(facts, inOrder, exempt, [])).toEqual({ missing: 0, duplicated: 0 });
    expect(countOutOfOrder(facts, inOrder, [])).toBe(0);
  });

  it("a transfer's call, which answers with the clock the admission started, counts for the transfer alone", () => {
    const calls = [
      ["p", A, "e1"],
      ["p", B, A, "e2", "e1"],
      ["p", B],
    ];
    expect(callsPerFact(facts, calls)).toEqual(
      new Map([
        ["e1", 1],
        ["e2", 1],
      ]),
    );
  });

  it("a second relay sending a row it did not claim is a repeat; a retry after a failed attempt is not", () => {
    const retried = facts.map((fact) => (fact.event === "e2" ? { ...fact, attempts: 2 } : fact));
    expect(
      countDeliveries(
        retried,
        new Map([
          ["e1", 2],
          ["e2", 2],
          ["e3", 1],
        ]),
        [],
      ),
    ).toEqual({ neverReceived: 0, repeated: 1 });
    expect(
      countDeliveries(
        facts,
        new Map([
          ["e1", 1],
          ["e2", 1],
        ]),
        [],
      ),
    ).toEqual({ neverReceived: 1, repeated: 0 });
  });

  it("an exemption clock started twice by one admission is a duplicate; one never started is missing", () => {
    expect(countMissingAndDuplicated(facts, [...inOrder, clock({ created: at(3) })], exempt, [])).toEqual({ missing: 0, duplicated: 1 });
    expect(countMissingAndDuplicated(facts, [admission("e1", A, 1), admission("e2", B, 2)], exempt, [])).toEqual({ missing: 1, duplicated: 0 });
  });

  it("a discharge applied before the transfer leaves the moved clock open: out of order", () => {
    expect(countOutOfOrder(facts, [admission("e1", A, 1), clock({ open: true }), admission("e2", B, 2)], [])).toBe(1);
  });

  it("a transfer applied before the admission is out of order, by the rows' creation order", () => {
    expect(countOutOfOrder(facts, [admission("e2", B, 1), admission("e1", A, 2), clock({ created: at(2) })], [])).toBe(1);
  });
});
