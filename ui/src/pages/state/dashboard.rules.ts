import { addDays, compareDates, type CalendarDate } from "@pasrr/calendar/calendar-date";

/** The last `count` weeks' days, oldest first, ending on the hub's today (the dashboard's time axis). */
export const weeksEndingOn = (today: CalendarDate, count: number): CalendarDate[] =>
  Array.from({ length: count }, (_, i) => addDays(today, -7 * (count - 1 - i)));

export interface FacilityPlace {
  id: string;
  name: string;
  county: string;
}

/** One chart's numbers: a row per x value, a column per series (keys `s0`, `s1`… so any name is safe). */
export interface ChartTableData {
  rows: ({ x: string } & Record<string, number | string>)[];
  series: { key: string; label: string }[];
}

/** A row's numbers added up across its series (a week's overdue reviews in all groups). */
export const rowTotal = (row: ChartTableData["rows"][number], series: ChartTableData["series"]): number =>
  series.reduce((sum, s) => sum + Number(row[s.key] ?? 0), 0);

/**
 * Overdue Resident Reviews per week, by county or by facility: for each week's day, the reviews
 * `overdueResidentReviews(asOf)` lists (open now, due before that day), counted per group.
 */
export function overdueByGroup(
  weeks: { asOf: CalendarDate; facilityIds: string[] }[],
  facilities: Map<string, FacilityPlace>,
  by: "county" | "facility",
): ChartTableData {
  const groupOf = (facilityId: string) => {
    const place = facilities.get(facilityId);
    if (!place) return `Facility ${facilityId}`;
    return by === "county" ? place.county : place.name;
  };
  const labels = [...new Set(weeks.flatMap((week) => week.facilityIds.map(groupOf)))].sort();
  const series = labels.map((label, i) => ({ key: `s${i}`, label }));
  const rows = weeks.map((week) => {
    const row: ChartTableData["rows"][number] = { x: week.asOf };
    for (const s of series) row[s.key] = week.facilityIds.filter((id) => groupOf(id) === s.label).length;
    return row;
  });
  return { rows, series };
}

export interface ReferralTiming {
  authority: string;
  dueOn: CalendarDate;
  determinedOn?: CalendarDate | null;
}

/** How a Level II referral stands against its due day (the state's time frame, computed by the hub). */
export type Timeliness = "onTime" | "late" | "openOverdue" | "openInTime";

export const timelinessLabels: Record<Timeliness, string> = {
  onTime: "Determined on or before the due day",
  late: "Determined after the due day",
  openOverdue: "Open, past the due day",
  openInTime: "Open, not yet due",
};

/**
 * A referral is timely when determined on or before its due day (screenings: `dueOn`, the Level II
 * time frame in working days, e.g. MN bulletin 00-53-3 Level II form A: 7–9 working days); an open
 * one is overdue once the hub's today is past the due day.
 */
export function timelinessOf(referral: ReferralTiming, today: CalendarDate): Timeliness {
  if (referral.determinedOn) return compareDates(referral.determinedOn, referral.dueOn) <= 0 ? "onTime" : "late";
  return compareDates(today, referral.dueOn) > 0 ? "openOverdue" : "openInTime";
}

/** Referrals per authority (rows) and timeliness (series). */
export function turnaroundByAuthority(referrals: ReferralTiming[], today: CalendarDate): ChartTableData {
  const kinds = Object.keys(timelinessLabels) as Timeliness[];
  const authorities = [...new Set(referrals.map((r) => r.authority))].sort();
  const rows = authorities.map((authority) => {
    const row: ChartTableData["rows"][number] = { x: authority };
    for (const kind of kinds) row[kind] = referrals.filter((r) => r.authority === authority && timelinessOf(r, today) === kind).length;
    return row;
  });
  return { rows, series: kinds.map((kind) => ({ key: kind, label: timelinessLabels[kind] })) };
}
