import { describe, expect, it } from "vitest";
import { decisionConflict, grantedThrough, sequenceConflict, settledOutcome, settlement } from "../src/categorical/categorical-decision.rules.ts";
import {
  awaitedDecider,
  categoricalDueOn,
  categoricalRefusal,
  categoriesDecidedBy,
  deciderRefusal,
  decidersOf,
  type CategoricalFacts,
} from "../src/categorical/categorical.rules.ts";
import { compliancePeriods, type ComplianceScreen } from "../src/pasrr/compliance.rules.ts";
import { pasrrStanding } from "../src/pasrr/pasrr.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";
import { categoricalTypes, type CategoricalType } from "../src/policy/policy.model.ts";

const { FEDERAL: federal, CO: co, MN: mn, OH: oh, IL: il, CT: ct } = policyPresets as Required<typeof policyPresets>;
const facts = (over: Partial<CategoricalFacts> = {}): CategoricalFacts => ({
  currentSetting: "HOSPITAL_INPATIENT",
  dementia: "NONE",
  dangerToSelfOrOthers: false,
  physicianCertifiedStayUnder30Days: true,
  ...over,
});
const offered = (policy: typeof federal) => categoricalTypes.filter((type) => policy.categoricals.types[type].offered.value);

describe("who decides a categorical (issue 17): the authority the state names, never the filer", () => {
  it("CO: the utilization review contractor decides a categorical (CO 8.401.192)", () => {
    // 8.401.186 A: the URC reviews Level of Care, verifies the Level I, makes the categorical determination: the hub's PAA.
    for (const category of ["MI", "DD", "DUAL"] as const) expect(decidersOf(co, category).roles).toEqual(["PAA"]);
    expect(deciderRefusal("PAA", "MI", co)).toBeNull();
    for (const role of ["MH_AUTHORITY", "STATE_MEDICAID_AGENCY", "NURSING_FACILITY", "HOSPITAL"] as const) {
      expect(deciderRefusal(role, "MI", co)).toMatchObject({ rule: "CO-CATEGORICAL-URC-DECIDES", source: expect.stringMatching(/8\.401\.192/) });
    }
  });

  it("MN: the local mental health authority decides a categorical (MN bulletin 00-53-3, categorical determinations)", () => {
    expect(deciderRefusal("MH_AUTHORITY", "MI", mn)).toBeNull();
    expect(deciderRefusal("PAA", "MI", mn)).toMatchObject({ rule: "MN-CATEGORICAL-LMHA-DECIDES", source: expect.stringMatching(/LMHA determines/) });
    expect(categoriesDecidedBy("PAA", mn)).toEqual([]);
    expect(decidersOf(mn, "DUAL").roles).toEqual(["MH_AUTHORITY", "DD_AUTHORITY"]);
  });

  it("OH: OhioMHAS decides an emergency or respite stay for SMI, DODD for ID/DD, both for a dual case (OH guide: approved through OMHAS and/or DODD)", () => {
    expect(decidersOf(oh, "MI").roles).toEqual(["MH_AUTHORITY"]);
    expect(decidersOf(oh, "DD").roles).toEqual(["DD_AUTHORITY"]);
    expect(decidersOf(oh, "DUAL").roles).toEqual(["MH_AUTHORITY", "DD_AUTHORITY"]);
    expect(deciderRefusal("PAA", "MI", oh)?.rule).toBe("OH-CATEGORICAL-STATE-AUTHORITY");
    expect(deciderRefusal("MH_AUTHORITY", "DD", oh)?.rule).toBe("OH-CATEGORICAL-STATE-AUTHORITY");
  });

  it("IL: the PAS/MH agent decides a categorical for SMI, the PAS/DD screener for ID/DD (IL manual IV.D, IV.G)", () => {
    expect(decidersOf(il, "MI")).toMatchObject({ roles: ["MH_AUTHORITY"], rule: "IL-CATEGORICAL-AGENT-DECIDES" });
    expect(decidersOf(il, "DD").roles).toEqual(["DD_AUTHORITY"]);
  });

  it("federal baseline: the Level II authorities decide a categorical, both for a dual case (README step 3; MN bulletin: the action of the mental health authority)", () => {
    expect(decidersOf(federal, "MI").roles).toEqual(["MH_AUTHORITY"]);
    expect(decidersOf(federal, "DUAL").roles).toEqual(["MH_AUTHORITY", "DD_AUTHORITY"]);
    expect(decidersOf(ct, "MI")).toEqual(decidersOf(federal, "MI"));
  });
});

describe("which categoricals exist, and from where (issue 17)", () => {
  it("CO has no emergency, respite or delirium categorical: the request is refused naming the rule (CO 8.401.192 B)", () => {
    expect(offered(co)).toEqual(["TERMINAL_ILLNESS", "SEVERE_PHYSICAL_ILLNESS", "CONVALESCENT", "PRIMARY_DEMENTIA"]);
    expect(categoricalRefusal(facts(), "RESPITE", co)).toMatchObject({ rule: "CO-CATEGORICAL-LIST", source: expect.stringMatching(/8\.401\.192 B/) });
  });

  it("OH names only emergency and respite stays; its convalescent categorical is the hospital exemption (OH guide)", () => {
    expect(offered(oh)).toEqual(["EMERGENCY", "RESPITE"]);
    expect(categoricalRefusal(facts(), "CONVALESCENT", oh)).toMatchObject({
      rule: "OH-CATEGORICAL-LIST",
      source: expect.stringMatching(/Convalescent Exemption/),
    });
  });

  it("IL has no emergency or respite categorical (IL manual IV.F–H)", () => {
    expect(offered(il)).toEqual(["TERMINAL_ILLNESS", "SEVERE_PHYSICAL_ILLNESS", "DELIRIUM", "CONVALESCENT", "PRIMARY_DEMENTIA"]);
  });

  it("MN has no primary dementia categorical: a primary dementia is no mental illness (MN Level II form B.1, B.3)", () => {
    expect(categoricalRefusal(facts({ dementia: "PRIMARY" }), "PRIMARY_DEMENTIA", mn)?.rule).toBe("MN-CATEGORICAL-LIST");
  });

  it("CT lists every categorical type as a short-term approval (CT newsletters, reasons for screening)", () => {
    expect(offered(ct)).toEqual([...categoricalTypes]);
  });

  it.each(["EMERGENCY_ROOM", "OBSERVATION", "PSYCHIATRIC_UNIT", "COMMUNITY", "NURSING_FACILITY"] as const)(
    "convalescent care only on discharge from an acute hospital inpatient stay, not from %s (CO 8.401.192 B.3.a; IL IV.G.3; MN: directly follow inpatient care)",
    (currentSetting) => {
      for (const policy of [federal, co, il, mn, ct]) {
        expect(categoricalRefusal(facts({ currentSetting }), "CONVALESCENT", policy), policy.state).toMatchObject({ rule: "FED-CAT-CONVALESCENT-CONDITIONS" });
      }
      expect(categoricalRefusal(facts(), "CONVALESCENT", co)).toBeNull();
    },
  );

  it("MN: convalescent care needs the treating physician's written order of a stay under 30 days (MN bulletin, Convalescent Care)", () => {
    expect(categoricalRefusal(facts({ physicianCertifiedStayUnder30Days: false }), "CONVALESCENT", mn)).toMatchObject({ rule: "MN-CAT-CONVALESCENT" });
    expect(categoricalRefusal(facts({ physicianCertifiedStayUnder30Days: false }), "CONVALESCENT", co)).toBeNull();
  });

  it("MN: a brief emergency stay excludes psychiatric emergencies (MN Level II form B.3.e)", () => {
    expect(categoricalRefusal(facts({ currentSetting: "PSYCHIATRIC_UNIT" }), "EMERGENCY", mn)).toMatchObject({ rule: "MN-CAT-EMERGENCY-NOT-PSYCH" });
    expect(categoricalRefusal(facts({ currentSetting: "COMMUNITY" }), "EMERGENCY", mn)).toBeNull();
    expect(categoricalRefusal(facts({ currentSetting: "PSYCHIATRIC_UNIT" }), "EMERGENCY", oh)).toBeNull();
  });

  it("every pack has a condition for every categorical type", () => {
    for (const policy of Object.values(policyPresets))
      expect(Object.keys(policy.categoricals.types).sort()).toEqual([...categoricalTypes].sort() as CategoricalType[]);
  });

  it("every categorical value of every pack cites its source", () => {
    for (const policy of Object.values(policyPresets)) {
      const { decidedBy, decisionDue, types } = policy.categoricals;
      const cited = [
        decidedBy.MI,
        decidedBy.DD,
        decidedBy.DUAL,
        decisionDue,
        ...Object.values(types).flatMap((t) => [t.offered, t.from, t.physicianCertification, t.followUp]),
      ];
      for (const value of cited) expect(value.source, policy.state).toMatch(/\S/);
      expect(decidedBy.rule).toMatch(/^(FED|OH|CO|IL|MN|CT)-CATEGORICAL-/);
    }
  });
});

describe("deciding a categorical (issue 17)", () => {
  it("the decision is due by the state's time frame: 3 business days in IL (III.D.2), 9 working days in MN (Level II form section A)", () => {
    // IL: Tue 3 Nov 2026 is Election Day, an Illinois state holiday: 4, 5, 6 Nov.
    expect(categoricalDueOn("2026-11-02", il)).toBe("2026-11-06");
    // MN: Veterans Day (Wed 11 Nov) is not a working day: 3–6, 9, 10, 12, 13, 16 Nov.
    expect(categoricalDueOn("2026-11-02", mn)).toBe("2026-11-16");
  });

  it("a categorical request is decided once: a granted or denied categorical is final, and each of two authorities decides once", () => {
    expect(decisionConflict("REQUESTED", "MH_AUTHORITY", [])).toBeNull();
    expect(decisionConflict("GRANTED", "MH_AUTHORITY", [])).toMatchObject({ rule: "FED-CAT-DECIDED-ONCE", reason: expect.stringMatching(/already granted/) });
    expect(decisionConflict("DENIED", "PAA", [])?.reason).toMatch(/already denied/);
    expect(decisionConflict(null, "PAA", [])?.reason).toMatch(/asks for no categorical/);
    expect(decisionConflict("REQUESTED", "MH_AUTHORITY", ["MH_AUTHORITY"])?.reason).toMatch(/other authority/);
  });

  it("IL: in a dual case the PAS/DD agent decides a categorical before the PAS/MH agent; elsewhere either authority may decide first (IL manual IV.D.3)", () => {
    expect(decidersOf(il, "DUAL").roles).toEqual(["DD_AUTHORITY", "MH_AUTHORITY"]);
    expect(awaitedDecider("MH_AUTHORITY", "DUAL", il)).toBe("DD_AUTHORITY");
    expect(sequenceConflict("MH_AUTHORITY", "DUAL", [], il)).toMatchObject({
      rule: "IL-CATEGORICAL-DUAL-ORDER",
      source: expect.stringMatching(/PAS\/DD assessment must always be completed before/),
    });
    expect(sequenceConflict("MH_AUTHORITY", "DUAL", ["DD_AUTHORITY"], il)).toBeNull();
    expect(sequenceConflict("DD_AUTHORITY", "DUAL", [], il)).toBeNull();
    // Only a dual case waits: the PAS/MH agent decides an SMI-only categorical alone.
    expect(sequenceConflict("MH_AUTHORITY", "MI", [], il)).toBeNull();
    for (const policy of [federal, oh, mn, ct]) {
      expect(awaitedDecider("MH_AUTHORITY", "DUAL", policy)).toBeNull();
      expect(sequenceConflict("MH_AUTHORITY", "DUAL", [], policy)).toBeNull();
    }
  });

  it("with two deciding authorities the categorical is granted on the day the second grants; a denial by either denies it (OH guide, PAS effective date)", () => {
    const deciders = decidersOf(oh, "DUAL").roles;
    expect(settlement([{ role: "MH_AUTHORITY", decision: "GRANTED", decidedOn: "2026-11-03" }], deciders)).toEqual({ status: "REQUESTED", decidedOn: null });
    expect(
      settlement(
        [
          { role: "MH_AUTHORITY", decision: "GRANTED", decidedOn: "2026-11-03" },
          { role: "DD_AUTHORITY", decision: "GRANTED", decidedOn: "2026-11-05" },
        ],
        deciders,
      ),
    ).toEqual({ status: "GRANTED", decidedOn: "2026-11-05" });
    expect(settlement([{ role: "DD_AUTHORITY", decision: "DENIED", decidedOn: "2026-11-04" }], deciders)).toEqual({
      status: "DENIED",
      decidedOn: "2026-11-04",
    });
  });

  it("a granted categorical's time limit runs from the decision: convalescent 30 days federally, 60 in CO, 120 in IL", () => {
    expect(grantedThrough("CONVALESCENT", "2026-11-10", federal)).toBe("2026-12-09");
    expect(grantedThrough("CONVALESCENT", "2026-11-10", co)).toBe("2027-01-08");
    expect(grantedThrough("CONVALESCENT", "2026-11-10", il)).toBe("2027-03-09");
    expect(grantedThrough("TERMINAL_ILLNESS", "2026-11-10", federal)).toBeNull();
  });

  it("CO: a granted convalescent categorical names its end: a Level II referral after 60 days (CO 8.401.192 B.3.b)", () => {
    const granted = settledOutcome("GRANTED", "CONVALESCENT", "MI", "2026-11-10", co);
    expect(granted).toMatchObject({ outcome: "CATEGORICAL", validThrough: "2027-01-08", rule: "categorical-convalescent" });
    expect(granted.explanation).toMatch(/Level II referral is due \(.*8\.401\.192 B\.3\.b\.1/);
    expect(settledOutcome("DENIED", "CONVALESCENT", "MI", "2026-11-10", co)).toMatchObject({
      outcome: "LEVEL_II_REQUIRED",
      validThrough: null,
      rule: "categorical-convalescent-denied",
    });
  });
});

describe("until it is granted, PASRR is not met (issue 17)", () => {
  const screen = (extra: Partial<ComplianceScreen>): ComplianceScreen => ({
    id: "l1",
    screenedOn: "2026-11-02",
    knownOn: "2026-11-02",
    outcome: "CATEGORICAL_REQUESTED",
    validThrough: null,
    reviewStatus: "NOT_REVIEWED",
    reviewedOn: null,
    returnedOn: null,
    receivedCompleteOn: null,
    ...extra,
  });
  const periods = (s: ComplianceScreen) =>
    compliancePeriods({ screens: [s], referrals: [], determinations: [], admissions: [] }).map((p) => [p.from, p.through, p.reason]);

  it("a requested categorical stands as a pending Level II (soft); granted, it is met from the decision day and expires with its limit", () => {
    expect(periods(screen({}))).toEqual([["2026-11-02", null, "LEVEL_II_PENDING"]]);
    const granted = screen({ outcome: "CATEGORICAL", categoricalGrantedOn: "2026-11-05", validThrough: "2026-11-11" });
    expect(periods(granted)).toEqual([
      ["2026-11-02", "2026-11-04", "LEVEL_II_PENDING"],
      ["2026-11-05", "2026-11-11", "PASRR_MET"],
      ["2026-11-12", null, "EXEMPTION_EXPIRED"],
    ]);
  });

  it("the standing: a requested categorical is not met and its decision is the determination due; granted, the requirements are met on the grant's day", () => {
    const requested = {
      id: "l1",
      screenedOn: "2026-11-02",
      submittedAt: new Date("2026-11-02T10:00:00Z"),
      outcome: "CATEGORICAL_REQUESTED" as const,
      validThrough: null,
      categoricalDueOn: "2026-11-13",
    };
    expect(pasrrStanding([requested], [], [])).toMatchObject({
      requirementsMetOn: null,
      nursingFacilityAdmissionAllowed: false,
      nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: "2026-11-13" },
    });
    const granted = { ...requested, outcome: "CATEGORICAL" as const, categoricalDecidedOn: "2026-11-05", validThrough: "2026-11-11" };
    expect(pasrrStanding([granted], [], [])).toMatchObject({
      requirementsMetOn: "2026-11-05",
      nursingFacilityAdmissionAllowed: true,
      nextAction: { action: "RESIDENT_REVIEW", dueOn: "2026-11-11" },
    });
  });
});
