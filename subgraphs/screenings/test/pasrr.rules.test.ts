import { describe, expect, it } from "vitest";
import { pasrrStanding, type ReferralRecord, type ScreenRecord } from "../src/pasrr/pasrr.rules.ts";
import { policyPresets } from "../src/policy/presets.rules.ts";

const screen = (over: Partial<ScreenRecord> = {}): ScreenRecord => ({
  id: "s1",
  screenedOn: "2026-11-02",
  submittedAt: new Date("2026-11-02T10:00:00Z"),
  outcome: "LEVEL_II_REQUIRED",
  validThrough: null,
  ...over,
});
const referral = (id: string, authority: "MH" | "DD", status: "OPEN" | "DETERMINED"): ReferralRecord => ({
  id,
  screenId: "s1",
  authority,
  status,
  dueOn: "2026-11-13",
});

describe("PASRR standing", () => {
  it("without a Further Review, the requirements are met on the screen's date (OH guide, PAS effective date)", () => {
    expect(pasrrStanding([screen({ outcome: "NO_INDICATIONS" })], [], [])).toMatchObject({
      requirementsMetOn: "2026-11-02",
      nursingFacilityAdmissionAllowed: true,
    });
  });

  it("while a referral is open, the requirements are not met and the determination is the next action", () => {
    const standing = pasrrStanding([screen()], [referral("r1", "MH", "OPEN")], []);
    expect(standing).toMatchObject({
      requirementsMetOn: null,
      pendingReferralIds: ["r1"],
      nextAction: { action: "LEVEL_II_DETERMINATION", dueOn: "2026-11-13" },
    });
  });

  it("with a dual review, the requirements are met on the date of the second determination (OH guide)", () => {
    const standing = pasrrStanding(
      [screen()],
      [referral("r1", "MH", "DETERMINED"), referral("r2", "DD", "DETERMINED")],
      [
        { referralId: "r2", determinedOn: "2026-11-09", needsNursingFacilityServices: true, approvedThrough: null, overturned: false },
        { referralId: "r1", determinedOn: "2026-11-05", needsNursingFacilityServices: true, approvedThrough: null, overturned: false },
      ],
    );
    expect(standing).toMatchObject({ requirementsMetOn: "2026-11-09", pendingReferralIds: [], nursingFacilityAdmissionAllowed: true });
  });

  it("an exemption's expiry is the next Resident Review", () => {
    const standing = pasrrStanding([screen({ outcome: "EXEMPT_HOSPITAL_DISCHARGE", validThrough: "2026-12-01" })], [], []);
    expect(standing.nextAction).toMatchObject({ action: "RESIDENT_REVIEW", dueOn: "2026-12-01" });
  });

  it("CT: a time-limited Level II approval's next action is the subsequent screen, due 7 days before the approval ends, as on the NF's worklist (CT newsletters, PASRR reminders)", () => {
    const approved = [{ referralId: "r1", determinedOn: "2026-11-05", needsNursingFacilityServices: true, approvedThrough: "2027-01-31", overturned: false }];
    const { CT: ct, OH: oh } = policyPresets as Required<typeof policyPresets>;
    expect(pasrrStanding([screen()], [referral("r1", "MH", "DETERMINED")], approved, ct)).toMatchObject({
      validThrough: "2027-01-31",
      nextAction: { action: "RESIDENT_REVIEW", dueOn: "2027-01-24", source: expect.stringMatching(/7-10 days prior/) },
    });
    // An approval ending within the lead time needs its screen at once: from the determination.
    const short = [{ ...approved[0]!, approvedThrough: "2026-11-09" }];
    expect(pasrrStanding([screen()], [referral("r1", "MH", "DETERMINED")], short, ct).nextAction).toMatchObject({ dueOn: "2026-11-05" });
    // A pack without a lead time, or no pack: due on the approval's last day.
    expect(pasrrStanding([screen()], [referral("r1", "MH", "DETERMINED")], approved, oh).nextAction).toMatchObject({ dueOn: "2027-01-31" });
    expect(pasrrStanding([screen()], [referral("r1", "MH", "DETERMINED")], approved).nextAction).toMatchObject({ dueOn: "2027-01-31" });
  });

  it("the newest screen decides", () => {
    const standing = pasrrStanding([screen({ id: "old", screenedOn: "2026-01-01", outcome: "NO_INDICATIONS" }), screen({ id: "new" })], [], []);
    expect(standing.screenId).toBe("new");
  });

  it("an adverse determination overturned on appeal allows the stay (CO 8.401.202 E)", () => {
    const adverse = { referralId: "r1", determinedOn: "2026-11-05", needsNursingFacilityServices: false, approvedThrough: null };
    expect(pasrrStanding([screen()], [referral("r1", "MH", "DETERMINED")], [{ ...adverse, overturned: false }]).nursingFacilityAdmissionAllowed).toBe(false);
    expect(pasrrStanding([screen()], [referral("r1", "MH", "DETERMINED")], [{ ...adverse, overturned: true }]).nursingFacilityAdmissionAllowed).toBe(true);
  });
});
