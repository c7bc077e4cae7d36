import { describe, expect, it } from "vitest";
import { overdueByGroup, timelinessOf, turnaroundByAuthority, weeksEndingOn } from "../../ui/src/pages/state/dashboard.rules.ts";
import { mergesOf } from "../../ui/src/pages/state/merges.rules.ts";

/** The state pages' plain rules (issue 23): the dashboard's counting and the merges a history tells. */
describe("the state dashboard's counting", () => {
  it("the time axis is the last 8 weeks' days, oldest first, ending on the hub's today", () => {
    expect(weeksEndingOn("2026-11-22", 8)).toEqual([
      "2026-10-04",
      "2026-10-11",
      "2026-10-18",
      "2026-10-25",
      "2026-11-01",
      "2026-11-08",
      "2026-11-15",
      "2026-11-22",
    ]);
  });

  it("counts each week's overdue reviews per county and per facility, a facility the registry does not name by its id", () => {
    const places = new Map([
      ["f1", { id: "f1", name: "Maple", county: "Hamilton" }],
      ["f2", { id: "f2", name: "Birch", county: "Hamilton" }],
      ["f3", { id: "f3", name: "Cedar", county: "Franklin" }],
    ]);
    const weeks = [
      { asOf: "2026-11-15", facilityIds: ["f1"] },
      { asOf: "2026-11-22", facilityIds: ["f1", "f2", "f3", "gone"] },
    ];
    const byCounty = overdueByGroup(weeks, places, "county");
    expect(byCounty.series.map((s) => s.label)).toEqual(["Facility gone", "Franklin", "Hamilton"]);
    expect(byCounty.rows).toEqual([
      { x: "2026-11-15", s0: 0, s1: 0, s2: 1 },
      { x: "2026-11-22", s0: 1, s1: 1, s2: 2 },
    ]);
    const byFacility = overdueByGroup(weeks, places, "facility");
    expect(byFacility.series.map((s) => s.label)).toEqual(["Birch", "Cedar", "Facility gone", "Maple"]);
    expect(byFacility.rows[1]).toEqual({ x: "2026-11-22", s0: 1, s1: 1, s2: 1, s3: 1 });
  });

  it("a Level II referral determined on its due day is on time, a day later is late; an open one is overdue only once today is past the due day", () => {
    expect(timelinessOf({ authority: "MH", dueOn: "2026-10-01", determinedOn: "2026-10-01" }, "2026-11-22")).toBe("onTime");
    expect(timelinessOf({ authority: "MH", dueOn: "2026-10-01", determinedOn: "2026-10-02" }, "2026-11-22")).toBe("late");
    expect(timelinessOf({ authority: "MH", dueOn: "2026-11-22" }, "2026-11-22")).toBe("openInTime");
    expect(timelinessOf({ authority: "MH", dueOn: "2026-11-21" }, "2026-11-22")).toBe("openOverdue");
    const table = turnaroundByAuthority(
      [
        { authority: "MH", dueOn: "2026-10-01", determinedOn: "2026-09-30" },
        { authority: "MH", dueOn: "2026-10-01" },
        { authority: "DD", dueOn: "2026-10-01", determinedOn: "2026-10-05" },
      ],
      "2026-11-22",
    );
    expect(table.rows).toEqual([
      { x: "DD", onTime: 0, late: 1, openOverdue: 0, openInTime: 0 },
      { x: "MH", onTime: 1, late: 0, openOverdue: 1, openInTime: 0 },
    ]);
  });
});

describe("the merges a person's identity history tells", () => {
  const event = (kind: string, individualId: string, relatedIndividualId: string | null, occurredAt: string) => ({
    id: `${kind}-${occurredAt}`,
    kind,
    individualId,
    relatedIndividualId,
    reason: kind.toLowerCase(),
    occurredAt,
    actorOrganisation: "state",
    before: kind === "MERGED" ? { merged: { givenName: "Ysolde", familyName: "Brannigan" } } : null,
  });

  it("a merge stands until an UNMERGED of the same record follows it; merged again, the new merge stands", () => {
    const history = [
      event("REGISTERED", "dup", null, "2026-11-01T00:00:00Z"),
      event("MERGED", "dup", "survivor", "2026-11-02T00:00:00Z"),
      event("UNMERGED", "dup", "survivor", "2026-11-03T00:00:00Z"),
      event("MERGED", "dup", "survivor", "2026-11-04T00:00:00Z"),
    ];
    const merges = mergesOf("survivor", history);
    expect(merges.map((m) => [m.mergedId, m.mergedName, m.mergedAt, m.undoneAt])).toEqual([
      ["dup", "Ysolde Brannigan", "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z"],
      ["dup", "Ysolde Brannigan", "2026-11-04T00:00:00Z", null],
    ]);
    expect(mergesOf("someone-else", history)).toEqual([]);
  });
});
