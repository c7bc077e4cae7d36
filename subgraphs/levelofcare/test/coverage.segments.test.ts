import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { coverage } from "../src/coverage/coverage.rules.ts";
import type { CoverageDetermination, CoverageFacts, CoveragePasrrPeriod, CoverageStay } from "../src/coverage/coverage.model.ts";
import { adverseReasons, notMetReasons } from "../src/coverage/payment-reasons.rules.ts";
import { coverageDayByDay } from "./coverage.reference.ts";

/**
 * Issue 20: coverage is worked out per segment of days in which no fact changes, not per day. On
 * random people it must answer exactly as the day-by-day reference does: the same spans, in the
 * same order, with the same record ids. The cases come from a seeded generator (mulberry32), so a
 * failure names a seed that reproduces it.
 */
function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function randomFacts(random: () => number): CoverageFacts {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const chance = (p: number) => random() < p;
  // Days around two year ends (2025-12-31 and 2026-12-31), so leaves and periods cross them.
  const base = dayNumber("2025-09-01");
  const date = (offset: number): CalendarDate => fromDayNumber(base + offset);
  const someDay = () => int(0, 600);
  const maybeAfter = (start: number, longest: number, pNull: number) => (chance(pNull) ? null : start + int(0, longest));

  const facilities = ["P1", "P2"];
  const stays: CoverageStay[] = [];
  let cursor = int(0, 200);
  for (let s = int(0, 3); s > 0; s -= 1) {
    const provider = pick(facilities);
    const admitted = cursor;
    const discharged = maybeAfter(admitted + 1, 300, 0.4);
    const payerPeriods: CoverageStay["payerPeriods"] = [];
    let start = admitted + (chance(0.1) ? int(1, 10) : 0);
    for (let p = int(1, 3); p > 0; p -= 1) {
      const ends = p === 1 && chance(0.5) ? discharged : start + int(1, 120);
      payerPeriods.push({
        payer: pick(["MEDICAID", "MEDICAID", "HOSPICE", "PRIVATE", "MEDICAID_COPAY", "MEDICARE_PART_A", "MANAGED_CARE"]),
        startsOn: date(start),
        endsOn: ends === null ? null : date(ends),
      });
      if (ends === null) break;
      start = ends + (chance(0.1) ? int(1, 5) : 0);
    }
    const leavePeriods: CoverageStay["leavePeriods"] = [];
    for (let l = int(0, 3); l > 0; l -= 1) {
      const left = admitted + int(0, 300);
      const returned = maybeAfter(left + 1, chance(0.3) ? 90 : 20, 0.15);
      leavePeriods.push({
        kind: chance(0.8) ? "HOSPITAL_LEAVE" : "THERAPEUTIC_LEAVE",
        leftOn: date(left),
        returnedOn: returned === null ? null : date(returned),
      });
    }
    const id = chance(0.2) ? `FAC-${provider}` : `fac-${provider}`;
    stays.push({
      facility: { id, providerNumber: provider },
      admittedOn: date(admitted),
      dischargedOn: discharged === null ? null : date(discharged),
      payerPeriods,
      leavePeriods,
    });
    if (discharged === null) break;
    cursor = discharged + int(chance(0.2) ? -5 : 0, 60);
  }

  const determinations: CoverageDetermination[] = [];
  for (let d = int(0, 4); d > 0; d -= 1) {
    const from = someDay();
    const through = maybeAfter(from, 200, 0.4);
    const earlier = determinations.length > 0 && chance(0.3) ? pick(determinations).id : null;
    determinations.push({
      id: `loc-${determinations.length}`,
      decision: chance(0.8) ? "APPROVED" : "DENIED",
      levelOfCareType: pick(["NF_SKILLED", "NF_INTERMEDIATE", "NF_INTERMEDIATE", "ICF_IID", "HOSPITAL"]),
      effectiveFrom: date(from),
      effectiveThrough: through === null ? null : date(through),
      facilityId: chance(0.5) ? null : pick(["fac-P1", "fac-P2", "FAC-P1"]),
      supersedesId: earlier,
    });
  }

  const pasrr: CoveragePasrrPeriod[] = [];
  let pasrrFrom = int(0, 300);
  for (let p = int(0, 3); p > 0; p -= 1) {
    const through = maybeAfter(pasrrFrom, 200, 0.4);
    const met = chance(0.5);
    const reason = met ? "PASRR_MET" : pick([...notMetReasons, ...adverseReasons]);
    pasrr.push({
      from: date(pasrrFrom),
      through: through === null ? null : date(through),
      status: met ? "MET" : "NOT_MET",
      reason,
      recordIds: chance(0.2) ? [] : [`pas-${p}`, ...(chance(0.2) ? [`pas-${p}b`] : [])],
    });
    if (through === null) break;
    pasrrFrom = through + (chance(0.7) ? 1 : int(-10, 40));
  }

  const from = someDay();
  const days = chance(0.05) ? int(63, 400) : int(1, 62);
  return {
    from: date(from),
    to: date(from + days - 1),
    providerNumber: chance(0.5) ? null : pick(facilities),
    pasrr,
    bedHoldDaysPerYear: pick([0, 1, 3, 5, 10, 30]),
    determinations,
    stays,
  };
}

describe("coverage over segments of days (issue 20)", () => {
  it("answers exactly as the day-by-day reference on 20,000 random people: stays, payers, leaves past the bed-hold limit across year ends, supersessions, every PASRR reason", () => {
    const cases = 20_000;
    const random = mulberry32(20);
    let first: { n: number; facts: CoverageFacts } | undefined;
    let mismatches = 0;
    for (let n = 0; n < cases; n += 1) {
      const facts = randomFacts(random);
      if (!isDeepStrictEqual(coverage(facts), coverageDayByDay(facts))) {
        mismatches += 1;
        first ??= { n, facts };
      }
    }
    if (first)
      expect({ case: first.n, facts: first.facts, answer: coverage(first.facts) }).toEqual({
        case: first.n,
        facts: first.facts,
        answer: coverageDayByDay(first.facts),
      });
    expect(mismatches).toBe(0);
  });

  it("a leave across the year end: the bed-hold days past the limit end on December 31 and the new year's days count from one", () => {
    const facts: CoverageFacts = {
      from: "2026-12-25",
      to: "2027-01-10",
      providerNumber: "P1",
      pasrr: [{ from: "2026-01-01", through: null, status: "MET", reason: "PASRR_MET", recordIds: ["pas"] }],
      bedHoldDaysPerYear: 3,
      determinations: [],
      stays: [
        {
          facility: { id: "fac-P1", providerNumber: "P1" },
          admittedOn: "2026-01-01",
          dischargedOn: null,
          payerPeriods: [{ payer: "MEDICAID", startsOn: "2026-01-01", endsOn: null }],
          leavePeriods: [{ kind: "HOSPITAL_LEAVE", leftOn: "2026-12-28", returnedOn: "2027-01-06" }],
        },
      ],
    };
    const answer = coverage(facts);
    expect(answer).toEqual(coverageDayByDay(facts));
    expect(answer.uncoveredSpans.map((s) => [s.from, s.through, s.reason])).toEqual([
      ["2026-12-25", "2026-12-27", "NO_DETERMINATION"],
      ["2026-12-28", "2026-12-30", "NOT_REQUIRED_BED_HOLD"],
      ["2026-12-31", "2026-12-31", "BED_HOLD_LIMIT_REACHED"],
      ["2027-01-01", "2027-01-03", "NOT_REQUIRED_BED_HOLD"],
      ["2027-01-04", "2027-01-05", "BED_HOLD_LIMIT_REACHED"],
      ["2027-01-06", "2027-01-10", "NO_DETERMINATION"],
    ]);
  });
});
