import { describe, expect, it } from "vitest";
import { loadPolicy } from "../src/policy/policy.config.ts";
import { policyPresets } from "../src/policy/presets.ts";
import { addWorkingDays, lastDayOf } from "../src/policy/working-days.ts";
import { plannedReferrals, releasedDueOn, sequenceRefusal } from "../src/level-two-referral/level-two-referral.rules.ts";

describe("policy packs", () => {
  it("every value of every preset cites its source", () => {
    for (const policy of Object.values(policyPresets)) {
      const cited = [policy.hospitalExemptionDays, policy.levelTwoDue, policy.appealDays, policy.significantChangeReviewDays, policy.pasValidForAdmissionDays, policy.holidays, ...Object.values(policy.categoricalDays)];
      for (const value of cited) expect(value.source, policy.state).toMatch(/\S/);
    }
  });

  it("respite is 14 days in OH and 30 days in MN", () => {
    expect(policyPresets.OH!.categoricalDays.RESPITE.value).toBe(14);
    expect(policyPresets.MN!.categoricalDays.RESPITE.value).toBe(30);
  });

  it("PASRR_POLICY_STATE chooses the preset; an unknown state is refused naming the variable", () => {
    expect(loadPolicy({ PASRR_POLICY_STATE: "CO" }).levelTwoDue.value).toEqual({ amount: 10, unit: "WORKING_DAYS" });
    expect(loadPolicy({}).state).toBe("FEDERAL");
    expect(() => loadPolicy({ PASRR_POLICY_STATE: "ZZ" })).toThrow(/PASRR_POLICY_STATE/);
    expect(() => loadPolicy({ PASRR_STATE_HOLIDAYS: "2026-13-01" })).toThrow(/PASRR_STATE_HOLIDAYS/);
  });

  it("PASRR_STATE_HOLIDAYS adds state holidays to the chosen preset", () => {
    expect(loadPolicy({ PASRR_POLICY_STATE: "OH", PASRR_STATE_HOLIDAYS: "2026-11-26, 2026-12-25" }).holidays.value).toEqual(["2026-11-26", "2026-12-25"]);
  });
});

describe("working days (CO 8.401.202 C: within 10 working days of the referral)", () => {
  it("weekends are skipped", () => {
    // Friday 2026-11-20 + 1 working day = Monday 2026-11-23
    expect(addWorkingDays("2026-11-20", 1, [])).toBe("2026-11-23");
    expect(addWorkingDays("2026-11-02", 10, [])).toBe("2026-11-16");
  });

  it("configured state holidays are skipped", () => {
    expect(addWorkingDays("2026-11-25", 1, ["2026-11-26"])).toBe("2026-11-27");
  });

  it("a 30-day limit starting on the 1st runs through the 30th", () => {
    expect(lastDayOf("2026-11-01", 30)).toBe("2026-11-30");
  });
});

describe("Level II referrals (domain README, step 3)", () => {
  it("a DUAL outcome is routed to both the MH and the DD authority, each due by the state's time frame", () => {
    const referrals = plannedReferrals("DUAL", "2026-11-02", policyPresets.CO!);
    expect(referrals).toEqual([
      { authority: "MH", referredOn: "2026-11-02", dueOn: "2026-11-16", awaitsAuthority: null },
      { authority: "DD", referredOn: "2026-11-02", dueOn: "2026-11-16", awaitsAuthority: null },
    ]);
  });

  it("IL: a dual case goes to the DD agent first; the MH referral waits for the DD determination (IL IV.D.3)", () => {
    // Mid-September: no state holiday in the window.
    expect(plannedReferrals("DUAL", "2026-09-14", policyPresets.IL!)).toEqual([
      { authority: "DD", referredOn: "2026-09-14", dueOn: "2026-09-17", awaitsAuthority: null },
      { authority: "MH", referredOn: "2026-09-14", dueOn: "2026-09-22", awaitsAuthority: "DD" },
    ]);
    expect(sequenceRefusal({ awaitsAuthority: "DD" }, [{ authority: "DD", status: "OPEN" }])).toMatch(/IV\.D\.3/);
    expect(sequenceRefusal({ awaitsAuthority: "DD" }, [{ authority: "DD", status: "DETERMINED" }])).toBeNull();
    expect(sequenceRefusal({ awaitsAuthority: null }, [{ authority: "DD", status: "OPEN" }])).toBeNull();
    // Released on a Friday determination: three business days later.
    expect(releasedDueOn("2026-09-18", policyPresets.IL!)).toBe("2026-09-23");
  });

  it("IL: three business days, over a weekend", () => {
    expect(plannedReferrals("MI", "2026-11-19", policyPresets.IL!)).toEqual([{ authority: "MH", referredOn: "2026-11-19", dueOn: "2026-11-24", awaitsAuthority: null }]);
  });
});
