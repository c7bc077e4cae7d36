import { compareDates, type CalendarDate } from "@pasrr/calendar/calendar-date";

/** The lanes of a person's timeline, top to bottom, each fed by one part of the graph. */
export const lanes = {
  screens: "Level I screens",
  levelTwo: "Level II determinations",
  notices: "Notices and appeals",
  compliance: "PASRR standing",
  levelOfCare: "Level of Care determinations",
  levelOfCareSuperseded: "Superseded Level of Care",
  stays: "Stays",
  leaves: "Leaves",
  payers: "Payer periods",
  payable: "Payable days",
  unpayable: "Unpayable days",
} as const;
export type LaneKey = keyof typeof lanes;
export const laneOrder = Object.keys(lanes) as LaneKey[];

/** One bar on the timeline and one row of the table below it. */
export interface TimelineEvent {
  lane: LaneKey;
  from: CalendarDate;
  /** The last day (included); an open record runs to the hub's today. */
  through: CalendarDate;
  /** What it is, in a few words. */
  label: string;
  /** The rest a clerk asks about: outcome, reason, who, ids. */
  detail: string;
}

/** Which graph query feeds which lanes: a query the role may not run empties all of them. */
export const lanesOfSource = {
  screenings: ["screens", "levelTwo", "notices"],
  compliance: ["compliance"],
  levelOfCare: ["levelOfCare", "levelOfCareSuperseded"],
  stays: ["stays", "leaves", "payers"],
  coverage: ["payable", "unpayable"],
} as const satisfies Record<string, readonly LaneKey[]>;
export type TimelineSource = keyof typeof lanesOfSource;

/** The window of the chart: from the person's first record to the hub's today. */
export function timelineWindow(dates: CalendarDate[], today: CalendarDate): { from: CalendarDate; through: CalendarDate } {
  const first = dates.filter((date) => compareDates(date, today) <= 0).sort(compareDates)[0];
  return { from: first ?? today, through: today };
}

/** Events in lane order, then by their first day. */
export const inLaneOrder = (events: TimelineEvent[]): TimelineEvent[] =>
  [...events].sort((a, b) => laneOrder.indexOf(a.lane) - laneOrder.indexOf(b.lane) || compareDates(a.from, b.from) || compareDates(a.through, b.through));
