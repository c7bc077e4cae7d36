import { describe, expect, it } from "vitest";
import { coverage } from "../src/coverage/coverage.rules.ts";
import type { CoverageDetermination, CoverageFacts, CoveragePasrrPeriod, CoverageStay } from "../src/coverage/coverage.model.ts";
import { uncoveredReasons, type UncoveredReason } from "../src/coverage/payment-reasons.rules.ts";
import { determinationBreaches, type DeterminationFacts } from "../src/determination/determination.rules.ts";

/**
 * The payment gate, one reason at a time (issue 16): for each reason code a concrete case citing
 * its source, asking about one day (2026-03-15) at provider P1 unless the case says otherwise.
 */
const day = "2026-03-15";
const loc = (id: string, effectiveFrom: string, effectiveThrough: string | null = null, extra: Partial<CoverageDetermination> = {}): CoverageDetermination => ({
  id,
  decision: "APPROVED",
  levelOfCareType: "NF_INTERMEDIATE",
  effectiveFrom,
  effectiveThrough,
  facilityId: null,
  supersedesId: null,
  ...extra,
});
const period = (from: string, through: string | null, reason: string, recordIds: string[] = ["pas"]): CoveragePasrrPeriod => ({
  from,
  through,
  status: reason === "PASRR_MET" ? "MET" : "NOT_MET",
  reason,
  recordIds,
});
const stay = (extra: Partial<CoverageStay> = {}): CoverageStay => ({
  facility: { id: "nf-1", providerNumber: "P1" },
  admittedOn: "2026-01-01",
  dischargedOn: null,
  payerPeriods: [{ payer: "MEDICAID", startsOn: "2026-01-01", endsOn: null }],
  leavePeriods: [],
  ...extra,
});
const facts = (extra: Partial<CoverageFacts>): CoverageFacts => ({
  from: day,
  to: day,
  providerNumber: "P1",
  bedHoldDaysPerYear: 30,
  pasrr: [period("2026-01-01", null, "PASRR_MET")],
  determinations: [loc("loc", "2026-01-01")],
  stays: [stay()],
  ...extra,
});
const answer = (f: CoverageFacts) => {
  const result = coverage(f);
  return result.coveredSpans.length > 0
    ? { payable: true, by: result.coveredSpans[0]!.determinationId }
    : { payable: false, reason: result.uncoveredSpans[0]!.reason, recordIds: result.uncoveredSpans[0]!.recordIds };
};

const cases: { reason: UncoveredReason | "PAYABLE"; source: string; facts: CoverageFacts; recordIds?: string[] }[] = [
  { reason: "PAYABLE", source: "OH COA guide, Level of Care: an effective LOC and PASRR met", facts: facts({}) },
  { reason: "NOT_AT_FACILITY", source: "census: no stay at P1 that day", facts: facts({ stays: [stay({ facility: { id: "nf-2", providerNumber: "P2" } })] }) },
  {
    reason: "NOT_MEDICAID_ELIGIBLE",
    source: "CO 8.401.02/.03: private pay is not Medicaid's day",
    facts: facts({ stays: [stay({ payerPeriods: [{ payer: "PRIVATE", startsOn: "2026-01-01", endsOn: null }] })] }),
  },
  {
    reason: "ADVERSE_LEVEL_II_NO_NF_NEED",
    source: "CO 8.401.202 D, .207 B.1",
    facts: facts({ pasrr: [period("2026-01-01", "2026-03-09", "PASRR_MET"), period("2026-03-10", null, "ADVERSE_LEVEL_II_NO_NF_NEED", ["rr", "l2"])] }),
    recordIds: ["rr", "l2"],
  },
  {
    reason: "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES",
    source: "CO 8.401.207 C; IL VII.D.1",
    facts: facts({ pasrr: [period("2026-01-01", null, "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES")] }),
  },
  {
    reason: "ADVERSE_LEVEL_II_APPEAL_PENDING",
    source: "CO 8.401.204, .202 E; IL VIII",
    facts: facts({ pasrr: [period("2026-01-01", null, "ADVERSE_LEVEL_II_APPEAL_PENDING")] }),
  },
  {
    reason: "NOT_REQUIRED_BED_HOLD",
    source: "OH COA guide: no LOC for bed-hold days",
    facts: facts({ stays: [stay({ leavePeriods: [{ kind: "HOSPITAL_LEAVE", leftOn: "2026-03-14", returnedOn: "2026-03-17" }] })] }),
  },
  {
    reason: "BED_HOLD_LIMIT_REACHED",
    source: "OH COA guide: a LOC once the year's bed-hold days are used",
    facts: facts({ bedHoldDaysPerYear: 3, stays: [stay({ leavePeriods: [{ kind: "HOSPITAL_LEAVE", leftOn: "2026-03-10", returnedOn: "2026-03-20" }] })] }),
  },
  {
    reason: "NOT_REQUIRED_HOSPICE",
    source: "OH COA guide: no LOC while enrolled with hospice",
    facts: facts({ stays: [stay({ payerPeriods: [{ payer: "HOSPICE", startsOn: "2026-01-01", endsOn: null }] })] }),
  },
  {
    reason: "NOT_REQUIRED_MEDICAID_COPAY",
    source: "OH COA guide: Medicaid only a co-payer",
    facts: facts({ stays: [stay({ payerPeriods: [{ payer: "MEDICARE_PART_A", startsOn: "2026-01-01", endsOn: null }] })] }),
  },
  {
    reason: "MANAGED_CARE_PLAN_DECIDES",
    source: "OH COA guide: the managed care plan decides",
    facts: facts({ stays: [stay({ payerPeriods: [{ payer: "MANAGED_CARE", startsOn: "2026-01-01", endsOn: null }] })] }),
  },
  { reason: "PASRR_MISSING", source: "OH guide, no Pre-Admission screening; CO 8.401.183 A", facts: facts({ pasrr: [], determinations: [] }), recordIds: [] },
  { reason: "PAS_INCOMPLETE", source: "OH guide: PAS effective when complete", facts: facts({ pasrr: [period("2026-01-01", null, "PAS_INCOMPLETE")] }) },
  {
    reason: "LEVEL_II_PENDING",
    source: "OH guide: effective on the determination's date",
    facts: facts({ pasrr: [period("2026-01-01", null, "LEVEL_II_PENDING")] }),
  },
  {
    reason: "EXEMPTION_EXPIRED",
    source: "OH guide, Hospital Exemption: no validity after 30 days",
    facts: facts({ pasrr: [period("2026-01-01", "2026-01-30", "PASRR_MET"), period("2026-01-31", null, "EXEMPTION_EXPIRED", ["hx"])] }),
    recordIds: ["hx"],
  },
  {
    reason: "LOC_BEFORE_PASRR_MET",
    source: "OH COA guide: LOC may not precede the PASRR-met date; paid from it",
    facts: facts({ pasrr: [period("2026-01-01", "2026-03-19", "PASRR_MISSING", ["adm"]), period("2026-03-20", null, "PASRR_MET")] }),
    recordIds: ["adm"],
  },
  {
    reason: "NEW_LOC_REQUIRED_AFTER_HOSPICE",
    source: "OH COA guide: a new LOC after dis-enrolling from hospice",
    facts: facts({
      stays: [
        stay({
          payerPeriods: [
            { payer: "HOSPICE", startsOn: "2026-01-01", endsOn: "2026-03-01" },
            { payer: "MEDICAID", startsOn: "2026-03-01", endsOn: null },
          ],
        }),
      ],
    }),
    recordIds: ["loc"],
  },
  {
    reason: "DENIED",
    source: "the latest determination denied",
    facts: facts({ determinations: [loc("loc", "2026-01-01"), loc("no", "2026-03-01", null, { decision: "DENIED" })] }),
    recordIds: ["no"],
  },
  {
    reason: "SUPERSEDED",
    source: "a supersession that does not cover the day",
    facts: facts({ determinations: [loc("loc", "2026-01-01"), loc("new", "2026-04-01", null, { supersedesId: "loc" })] }),
    recordIds: ["loc"],
  },
  { reason: "NOT_YET_EFFECTIVE", source: "the approval starts later", facts: facts({ determinations: [loc("loc", "2026-03-20")] }), recordIds: ["loc"] },
  { reason: "EXPIRED", source: "CT: renewals before expiry", facts: facts({ determinations: [loc("loc", "2026-01-01", "2026-03-01")] }), recordIds: ["loc"] },
  { reason: "NO_DETERMINATION", source: "OH COA guide: a LOC is necessary for Medicaid reimbursement", facts: facts({ determinations: [] }), recordIds: [] },
];

describe("the payment gate: every reason code with a case citing its source (issue 16)", () => {
  it("the table walks every reason code", () => {
    expect(new Set(cases.map((c) => c.reason))).toEqual(new Set(["PAYABLE", ...uncoveredReasons]));
  });

  it.each(cases)("$reason ($source)", ({ reason, facts: f, recordIds }) => {
    const result = answer(f);
    if (reason === "PAYABLE") expect(result).toEqual({ payable: true, by: "loc" });
    else {
      expect(result).toMatchObject({ payable: false, reason });
      if (recordIds) expect(result.recordIds).toEqual(recordIds);
    }
  });

  it("the first failed rule wins: an adverse Level II outranks hospice and a missing LOC (CO 8.401.202 D: not countermanded through claims payment)", () => {
    const f = facts({
      determinations: [],
      pasrr: [period("2026-01-01", null, "ADVERSE_LEVEL_II_NO_NF_NEED")],
      stays: [stay({ payerPeriods: [{ payer: "HOSPICE", startsOn: "2026-01-01", endsOn: null }] })],
    });
    expect(answer(f)).toMatchObject({ reason: "ADVERSE_LEVEL_II_NO_NF_NEED" });
  });
});

describe("the two failure modes of issue 16", () => {
  it("a later Resident Review with no indications leaves the admission's earlier days payable", () => {
    // Screenings' periods for a PAS on 2026-03-01 and a significant-change review on 2026-06-10 with no indications.
    const pasrr = [period("2026-03-01", "2026-06-09", "PASRR_MET", ["pas"]), period("2026-06-10", null, "PASRR_MET", ["rr"])];
    const result = coverage(
      facts({ from: "2026-03-01", to: "2026-06-30", pasrr, determinations: [loc("loc", "2026-03-01")], stays: [stay({ admittedOn: "2026-03-01" })] }),
    );
    expect(result.uncoveredSpans).toEqual([]);
    expect(result.coveredSpans).toEqual([{ from: "2026-03-01", through: "2026-06-30", levelOfCareType: "NF_INTERMEDIATE", determinationId: "loc" }]);
  });

  it("an adverse Level II makes the days after it unpayable and refuses a new LOC approval", () => {
    const pasrr = [period("2026-03-01", "2026-06-19", "PASRR_MET", ["pas"]), period("2026-06-20", null, "ADVERSE_LEVEL_II_NO_NF_NEED", ["rr", "ref", "l2"])];
    const result = coverage(facts({ from: "2026-06-01", to: "2026-06-30", pasrr, determinations: [loc("loc", "2026-03-01")] }));
    expect(result.coveredSpans).toEqual([{ from: "2026-06-01", through: "2026-06-19", levelOfCareType: "NF_INTERMEDIATE", determinationId: "loc" }]);
    expect(result.uncoveredSpans).toEqual([
      { from: "2026-06-20", through: "2026-06-30", reason: "ADVERSE_LEVEL_II_NO_NF_NEED", recordIds: ["rr", "ref", "l2"] },
    ]);

    const approval: DeterminationFacts = {
      decision: "APPROVED",
      nursingFacility: true,
      effectiveFrom: "2026-07-01",
      effectiveThrough: null,
      determinedOn: "2026-07-01",
      reviewKind: "PROSPECTIVE",
      retrospectiveReason: null,
      transferDate: null,
      assessmentMeetsLevelOfCare: true,
      medicaidId: "DEMO-TEST-0001",
      medicaidApplicationFiledOn: null,
      pasrr: { requirementsMetOn: "2026-06-20", levelTwoPending: false, compliance: pasrr },
    };
    expect(determinationBreaches(approval).map((b) => b.rule)).toEqual(["ADVERSE_LEVEL_TWO"]);
    // A denial, or an approval ending before the adverse determination, is not refused.
    expect(determinationBreaches({ ...approval, decision: "DENIED" })).toEqual([]);
    expect(
      determinationBreaches({
        ...approval,
        reviewKind: "RETROSPECTIVE",
        retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
        effectiveFrom: "2026-06-01",
        effectiveThrough: "2026-06-19",
        pasrr: { ...approval.pasrr, requirementsMetOn: "2026-03-01" },
      }),
    ).toEqual([]);
  });

  it("a later review still waiting for its Level II does not block a LOC for a resident already met; PASRR met late still bounds the effective date (OH COA guide)", () => {
    const base: DeterminationFacts = {
      decision: "APPROVED",
      nursingFacility: true,
      effectiveFrom: "2026-07-01",
      effectiveThrough: null,
      determinedOn: "2026-07-01",
      reviewKind: "PROSPECTIVE",
      retrospectiveReason: null,
      transferDate: null,
      assessmentMeetsLevelOfCare: true,
      medicaidId: "DEMO-TEST-0001",
      medicaidApplicationFiledOn: null,
      // The latest screen's Level II is pending, so its requirementsMetOn is null; the history still says met.
      pasrr: { requirementsMetOn: null, levelTwoPending: true, compliance: [period("2026-03-01", null, "PASRR_MET", ["pas"])] },
    };
    expect(determinationBreaches(base)).toEqual([]);
    const late = {
      ...base,
      pasrr: { ...base.pasrr, compliance: [period("2026-06-01", "2026-07-09", "PASRR_MISSING", ["adm"]), period("2026-07-10", null, "PASRR_MET")] },
    };
    expect(determinationBreaches(late)).toEqual([
      {
        rule: "LOC_NOT_BEFORE_PASRR_MET",
        field: "effectiveFrom",
        problem: "may not precede 2026-07-10, the date the PASRR requirements were met (OH COA guide)",
      },
    ]);
  });
});
