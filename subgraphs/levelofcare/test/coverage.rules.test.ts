import { describe, expect, it } from "vitest";
import { addDays } from "@pasrr/calendar/calendar-date";
import { coverage } from "../src/coverage/coverage.rules.ts";
import type { CoverageDetermination, CoverageFacts, CoveragePasrrPeriod, CoverageStay } from "../src/coverage/coverage.model.ts";

const approval = (id: string, effectiveFrom: string, effectiveThrough: string | null, extra: Partial<CoverageDetermination> = {}): CoverageDetermination => ({
  id,
  decision: "APPROVED",
  levelOfCareType: "NF_INTERMEDIATE",
  effectiveFrom,
  effectiveThrough,
  facilityId: null,
  supersedesId: null,
  ...extra,
});
const stayAt = (providerNumber: string, admittedOn: string, dischargedOn: string | null, extra: Partial<CoverageStay> = {}): CoverageStay => ({
  facility: { id: `fac-${providerNumber}`, providerNumber },
  admittedOn,
  dischargedOn,
  payerPeriods: [{ payer: "MEDICAID", startsOn: admittedOn, endsOn: dischargedOn }],
  leavePeriods: [],
  ...extra,
});
const metFrom = (from: string): CoveragePasrrPeriod => ({ from, through: null, status: "MET", reason: "PASRR_MET", recordIds: ["screen-1"] });
const facts = (extra: Partial<CoverageFacts>): CoverageFacts => ({
  from: "2026-03-01",
  to: "2026-03-31",
  providerNumber: null,
  pasrr: [metFrom("2026-01-01")],
  bedHoldDaysPerYear: 30,
  determinations: [],
  stays: [],
  ...extra,
});

/** Every day from `from` to `to` appears in exactly one span, in order. */
function expectTiling(result: ReturnType<typeof coverage>, from: string, to: string) {
  const spans = [...result.coveredSpans, ...result.uncoveredSpans].sort((a, b) => (a.from < b.from ? -1 : 1));
  expect(spans[0]!.from).toBe(from);
  expect(spans.at(-1)!.through).toBe(to);
  for (let i = 1; i < spans.length; i += 1) {
    expect(spans[i]!.from).toBe(addDays(spans[i - 1]!.through, 1));
  }
}

describe("LOC coverage rules", () => {
  it("an approval covers exactly its effectiveFrom through its effectiveThrough; the days after are EXPIRED, the days before NOT_YET_EFFECTIVE", () => {
    const result = coverage(facts({ determinations: [approval("a", "2026-03-05", "2026-03-20")] }));
    expect(result.coveredSpans).toEqual([{ from: "2026-03-05", through: "2026-03-20", levelOfCareType: "NF_INTERMEDIATE", determinationId: "a" }]);
    expect(result.uncoveredSpans).toEqual([
      { from: "2026-03-01", through: "2026-03-04", reason: "NOT_YET_EFFECTIVE", recordIds: ["a"] },
      { from: "2026-03-21", through: "2026-03-31", reason: "EXPIRED", recordIds: ["a"] },
    ]);
    expectTiling(result, "2026-03-01", "2026-03-31");
  });

  it("LOC may not precede the PASRR-met date (OH COA guide): NF days before it are LOC_BEFORE_PASRR_MET, from it on covered", () => {
    const result = coverage(facts({ pasrr: [metFrom("2026-03-10")], determinations: [approval("a", "2026-03-01", null)] }));
    expect(result.uncoveredSpans).toEqual([{ from: "2026-03-01", through: "2026-03-09", reason: "LOC_BEFORE_PASRR_MET", recordIds: [] }]);
    expect(result.coveredSpans).toEqual([{ from: "2026-03-10", through: "2026-03-31", levelOfCareType: "NF_INTERMEDIATE", determinationId: "a" }]);
  });

  it("PASRR never met: no NF day is covered", () => {
    const result = coverage(facts({ pasrr: [], determinations: [approval("a", "2026-03-01", null)] }));
    expect(result.uncoveredSpans).toEqual([{ from: "2026-03-01", through: "2026-03-31", reason: "PASRR_MISSING", recordIds: [] }]);
  });

  it("a superseded approval covers nothing; its successor does", () => {
    const result = coverage(
      facts({
        determinations: [approval("old", "2026-03-01", null), approval("new", "2026-03-01", null, { levelOfCareType: "NF_SKILLED", supersedesId: "old" })],
      }),
    );
    expect(result.coveredSpans).toEqual([{ from: "2026-03-01", through: "2026-03-31", levelOfCareType: "NF_SKILLED", determinationId: "new" }]);
  });

  it("a later denial ends coverage: its days are DENIED", () => {
    const result = coverage(facts({ determinations: [approval("a", "2026-03-01", null), approval("d", "2026-03-16", null, { decision: "DENIED" })] }));
    expect(result.coveredSpans).toEqual([{ from: "2026-03-01", through: "2026-03-15", levelOfCareType: "NF_INTERMEDIATE", determinationId: "a" }]);
    expect(result.uncoveredSpans).toEqual([{ from: "2026-03-16", through: "2026-03-31", reason: "DENIED", recordIds: ["d"] }]);
  });

  it("a renewal starting the day after expiry continues coverage in a new span naming the renewal", () => {
    const result = coverage(facts({ determinations: [approval("first", "2026-03-01", "2026-03-10"), approval("renewal", "2026-03-14", null)] }));
    expect(result.coveredSpans.map((s) => [s.from, s.through, s.determinationId])).toEqual([
      ["2026-03-01", "2026-03-10", "first"],
      ["2026-03-14", "2026-03-31", "renewal"],
    ]);
    expect(result.uncoveredSpans).toEqual([{ from: "2026-03-11", through: "2026-03-13", reason: "EXPIRED", recordIds: ["first"] }]);
  });

  it("at a facility: days outside the stay are NOT_AT_FACILITY (the day of discharge included), days inside covered", () => {
    const result = coverage(
      facts({
        providerNumber: "P1",
        determinations: [approval("a", "2026-01-01", null)],
        stays: [stayAt("P1", "2026-03-05", "2026-03-25"), stayAt("P2", "2026-03-25", null)],
      }),
    );
    expect(result.uncoveredSpans).toEqual([
      { from: "2026-03-01", through: "2026-03-04", reason: "NOT_AT_FACILITY", recordIds: [] },
      { from: "2026-03-25", through: "2026-03-31", reason: "NOT_AT_FACILITY", recordIds: [] },
    ]);
    expect(result.coveredSpans).toEqual([{ from: "2026-03-05", through: "2026-03-24", levelOfCareType: "NF_INTERMEDIATE", determinationId: "a" }]);
  });

  it("at a facility: a determination naming another facility does not cover it", () => {
    const result = coverage(
      facts({ providerNumber: "P1", determinations: [approval("a", "2026-01-01", null, { facilityId: "fac-P2" })], stays: [stayAt("P1", "2026-02-01", null)] }),
    );
    expect(result.uncoveredSpans).toEqual([{ from: "2026-03-01", through: "2026-03-31", reason: "NO_DETERMINATION", recordIds: [] }]);
  });

  it("no LOC is needed for bed-hold days, hospice, or Medicare A / Medicaid co-pay days (OH COA guide)", () => {
    const stay = stayAt("P1", "2026-02-01", null, {
      payerPeriods: [
        { payer: "MEDICARE_PART_A", startsOn: "2026-02-01", endsOn: "2026-03-05" },
        { payer: "MEDICAID", startsOn: "2026-03-05", endsOn: "2026-03-20" },
        { payer: "HOSPICE", startsOn: "2026-03-20", endsOn: null },
      ],
      leavePeriods: [
        { kind: "HOSPITAL_LEAVE", leftOn: "2026-03-10", returnedOn: "2026-03-13" },
        { kind: "LEAVE_OF_ABSENCE", leftOn: "2026-03-15", returnedOn: "2026-03-16" },
      ],
    });
    const result = coverage(facts({ providerNumber: "P1", determinations: [approval("a", "2026-01-01", null)], stays: [stay] }));
    expect(result.uncoveredSpans).toEqual([
      { from: "2026-03-01", through: "2026-03-04", reason: "NOT_REQUIRED_MEDICAID_COPAY", recordIds: [] },
      { from: "2026-03-10", through: "2026-03-12", reason: "NOT_REQUIRED_BED_HOLD", recordIds: [] },
      { from: "2026-03-20", through: "2026-03-31", reason: "NOT_REQUIRED_HOSPICE", recordIds: [] },
    ]);
    expect(result.coveredSpans.map((s) => [s.from, s.through])).toEqual([
      ["2026-03-05", "2026-03-09"],
      ["2026-03-13", "2026-03-19"],
    ]);
    expectTiling(result, "2026-03-01", "2026-03-31");
  });

  it("merged records count: a determination on a merged record covers the person's days", () => {
    // The loader hands the rules the determinations of [id, ...mergedIds] together.
    const result = coverage(facts({ determinations: [approval("on-duplicate", "2026-03-01", "2026-03-31")] }));
    expect(result.coveredSpans).toEqual([{ from: "2026-03-01", through: "2026-03-31", levelOfCareType: "NF_INTERMEDIATE", determinationId: "on-duplicate" }]);
  });

  it("a single day is one span", () => {
    const result = coverage(facts({ from: "2026-03-05", to: "2026-03-05" }));
    expect(result.uncoveredSpans).toEqual([{ from: "2026-03-05", through: "2026-03-05", reason: "NO_DETERMINATION", recordIds: [] }]);
  });
});
