import { addDays } from "@pasrr/calendar/calendar-date";
import { describe, expect, it } from "vitest";
import { loadPolicy } from "../src/policy/policy.config.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";
import { publicHolidays } from "../src/policy/state-holidays.rules.ts";
import { addWorkingDays, holidaysOf, isWorkingDay, lastDayOf, type Holidays } from "../src/policy/working-days.rules.ts";
import { plannedReferrals, releasedDueOn, sequenceRefusal } from "../src/level-two-referral/level-two-referral.rules.ts";

describe("policy packs", () => {
  it("every value of every preset cites its source", () => {
    for (const policy of Object.values(policyPresets)) {
      const cited: { source: string }[] = [
        policy.hospitalExemptionDays,
        policy.levelTwoDue,
        policy.appealDays,
        policy.significantChangeReviewDays,
        policy.pasValidForAdmissionDays,
        policy.holidays,
        ...Object.values(policy.categoricalDays),
      ];
      // Issue 17, clocks: the calendar and the Resident Review triggers.
      cited.push(policy.holidayCalendar, policy.levelTwoRenewalLeadDays, policy.readmissionMinimumStayDays, policy.readmissionMaximumAbsenceDays);
      cited.push(policy.psychiatricReturnReviewDays, policy.levelOneBeforeAdmission, policy.levelTwoBeforeAdmission);
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

  it("PASRR_STATE_HOLIDAYS adds closures on top of the state's holiday calendar", () => {
    const policy = loadPolicy({ PASRR_POLICY_STATE: "OH", PASRR_STATE_HOLIDAYS: "2025-11-28, 2025-12-24" });
    expect(policy.holidays.value).toEqual(["2025-11-28", "2025-12-24"]);
    const holidays = holidaysOf(policy);
    // The configured closures, and still Ohio's own Thanksgiving.
    expect(["2025-11-27", "2025-11-28", "2025-12-24"].map(holidays)).toEqual([true, true, true]);
    expect(holidays("2025-12-23")).toBe(false);
  });
});

const none: Holidays = () => false;

describe("working days (CO 8.401.202 C: within 10 working days of the referral)", () => {
  it("weekends are skipped", () => {
    // Friday 2026-11-20 + 1 working day = Monday 2026-11-23
    expect(addWorkingDays("2026-11-20", 1, none)).toBe("2026-11-23");
    expect(addWorkingDays("2026-11-02", 10, none)).toBe("2026-11-16");
  });

  it("configured state holidays are skipped", () => {
    expect(addWorkingDays("2026-11-25", 1, (date) => date === "2026-11-26")).toBe("2026-11-27");
  });

  it("CO: 10 working days after a referral on the Friday before Thanksgiving 2025 skip the holiday", () => {
    // Fri 21 Nov 2025: 24, 25, 26, (Thanksgiving 27), 28 Nov, 1–5 Dec, Mon 8 Dec; without the holiday, Fri 5 Dec.
    expect(plannedReferrals("MI", "2025-11-21", policyPresets.CO!)).toEqual([
      { authority: "MH", referredOn: "2025-11-21", dueOn: "2025-12-08", awaitsAuthority: null },
    ]);
    expect(addWorkingDays("2025-11-21", 10, none)).toBe("2025-12-05");
  });

  it("each state keeps its own holidays: Lincoln's Birthday is an Illinois and Connecticut holiday, not a Colorado or Minnesota one", () => {
    const lincoln = "2025-02-12"; // a Wednesday
    const workingIn = (state: keyof typeof policyPresets) => isWorkingDay(lincoln, holidaysOf(policyPresets[state]!));
    expect([workingIn("IL"), workingIn("CT"), workingIn("CO"), workingIn("MN"), workingIn("FEDERAL")]).toEqual([false, false, true, true, true]);
  });

  it("FEDERAL: the US federal holidays, an Independence Day on a Saturday observed on the Friday", () => {
    const federal = holidaysOf(policyPresets.FEDERAL!);
    expect(federal("2026-07-03")).toBe(true); // 4 July 2026 is a Saturday
    expect(addWorkingDays("2026-07-02", 1, federal)).toBe("2026-07-06");
  });

  it("every pack's holiday calendar has the state's public holidays for any year: New Year's Day, Thanksgiving, Christmas", () => {
    // Thanksgiving is the fourth Thursday of November, worked out here without the library.
    const thanksgiving = (year: number) => {
      const first = `${year}-11-01`;
      const toThursday = (4 - new Date(`${first}T00:00:00Z`).getUTCDay() + 7) % 7;
      return addDays(first, toThursday + 21);
    };
    for (const policy of Object.values(policyPresets)) {
      for (let year = 2000; year <= 2060; year += 1) {
        const days = publicHolidays(policy.holidayCalendar.value, year);
        expect([days.has(`${year}-01-01`), days.has(thanksgiving(year)), days.has(`${year}-12-25`)], `${policy.state} ${year}`).toEqual([true, true, true]);
      }
    }
  });

  it("a 30-day limit starting on the 1st runs through the 30th", () => {
    expect(lastDayOf("2026-11-01", 30)).toBe("2026-11-30");
  });
});

describe("Level II referrals (domain README, step 3)", () => {
  it("a DUAL outcome is routed to both the MH and the DD authority, each due by the state's time frame", () => {
    // Mon 2 Nov 2026 + 10 working days, Veterans Day (Wed 11 Nov, a Colorado holiday) skipped.
    const referrals = plannedReferrals("DUAL", "2026-11-02", policyPresets.CO!);
    expect(referrals).toEqual([
      { authority: "MH", referredOn: "2026-11-02", dueOn: "2026-11-17", awaitsAuthority: null },
      { authority: "DD", referredOn: "2026-11-02", dueOn: "2026-11-17", awaitsAuthority: null },
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
    expect(plannedReferrals("MI", "2026-11-19", policyPresets.IL!)).toEqual([
      { authority: "MH", referredOn: "2026-11-19", dueOn: "2026-11-24", awaitsAuthority: null },
    ]);
  });
});
