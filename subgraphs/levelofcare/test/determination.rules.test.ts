import { describe, expect, it } from "vitest";
import { determinationBreaches, type DeterminationFacts } from "../src/determination/determination.rules.ts";

const facts = (overrides: Partial<DeterminationFacts> = {}): DeterminationFacts => ({
  decision: "APPROVED",
  nursingFacility: true,
  effectiveFrom: "2026-11-22",
  effectiveThrough: "2027-05-21",
  determinedOn: "2026-11-22",
  reviewKind: "PROSPECTIVE",
  retrospectiveReason: null,
  transferDate: null,
  assessmentMeetsLevelOfCare: true,
  medicaidId: "DEMO-TEST-0001",
  medicaidApplicationFiledOn: null,
  pasrr: { requirementsMetOn: "2026-11-20", levelTwoPending: false, compliance: [] },
  ...overrides,
});
const rules = (f: DeterminationFacts) => determinationBreaches(f).map((b) => b.rule);

describe("LOC determination rules", () => {
  it("a prospective NF approval after the PASRR-met date, on an assessment that meets LOC, breaks no rule", () => {
    expect(determinationBreaches(facts())).toEqual([]);
  });

  it("LOC effective date may not precede the PASRR-met date (OH COA guide); the day itself is allowed", () => {
    const early = determinationBreaches(
      facts({ reviewKind: "RETROSPECTIVE", retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST", effectiveFrom: "2026-11-19" }),
    );
    expect(early).toEqual([
      {
        rule: "LOC_NOT_BEFORE_PASRR_MET",
        field: "effectiveFrom",
        problem: "may not precede 2026-11-20, the date the PASRR requirements were met (OH COA guide)",
      },
    ]);
    expect(rules(facts({ reviewKind: "RETROSPECTIVE", retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST", effectiveFrom: "2026-11-20" }))).toEqual([]);
  });

  it("no NF approval while the PASRR requirements are unmet, but a denial or an ICF/IID approval needs no PASRR date", () => {
    const unmet = { requirementsMetOn: null, levelTwoPending: true, compliance: [] };
    expect(rules(facts({ pasrr: unmet }))).toEqual(["LOC_NOT_BEFORE_PASRR_MET"]);
    expect(rules(facts({ pasrr: unmet, decision: "DENIED", assessmentMeetsLevelOfCare: false }))).toEqual([]);
    expect(rules(facts({ pasrr: unmet, nursingFacility: false }))).toEqual([]);
  });

  it("an approval cannot rest on an assessment that does not meet NF level of care", () => {
    expect(rules(facts({ assessmentMeetsLevelOfCare: false }))).toEqual(["ASSESSMENT_SUPPORTS_APPROVAL"]);
  });

  it("a retrospective review needs a valid reason and a finalised Level II (CT)", () => {
    const retro = facts({
      reviewKind: "RETROSPECTIVE",
      effectiveFrom: "2026-11-21",
      pasrr: { requirementsMetOn: "2026-11-01", levelTwoPending: true, compliance: [] },
    });
    expect(rules(retro)).toEqual(["RETROSPECTIVE_NEEDS_REASON", "RETROSPECTIVE_NEEDS_FINAL_LEVEL_II"]);
  });

  it("a start before today is retrospective and must say so", () => {
    expect(rules(facts({ effectiveFrom: "2026-11-21" }))).toEqual(["PAST_START_IS_RETROSPECTIVE"]);
  });

  it("a transfer determination may start up to 29 days before the transfer date (OH), not 30", () => {
    const transfer = {
      reviewKind: "TRANSFER" as const,
      transferDate: "2026-11-22",
      pasrr: { requirementsMetOn: "2026-01-01", levelTwoPending: false, compliance: [] },
    };
    expect(rules(facts({ ...transfer, effectiveFrom: "2026-10-24" }))).toEqual([]);
    expect(rules(facts({ ...transfer, effectiveFrom: "2026-10-23" }))).toEqual(["TRANSFER_START_WINDOW"]);
    expect(rules(facts({ ...transfer, transferDate: null }))).toEqual(["TRANSFER_NEEDS_DATE"]);
  });

  it("the approval period may not end before it starts", () => {
    expect(rules(facts({ effectiveThrough: "2026-11-21" }))).toEqual(["PERIOD_ORDER"]);
  });
  it("CO/OH: a level of care is determined only for a person who is Medicaid eligible or has applied (CO 8.401.02; OH COA guide, active or pending Medicaid)", () => {
    expect(rules(facts({ medicaidId: null }))).toEqual(["MEDICAID_ELIGIBLE_OR_APPLIED"]);
    expect(rules(facts({ medicaidId: null, decision: "DENIED" }))).toEqual(["MEDICAID_ELIGIBLE_OR_APPLIED"]);
    expect(rules(facts({ medicaidId: null, medicaidApplicationFiledOn: "2026-11-15" }))).toEqual([]);
    expect(determinationBreaches(facts({ medicaidId: null, medicaidApplicationFiledOn: "2026-11-23" }))[0]).toMatchObject({
      rule: "MEDICAID_ELIGIBLE_OR_APPLIED",
      field: "medicaidApplicationFiledOn",
    });
  });
});
