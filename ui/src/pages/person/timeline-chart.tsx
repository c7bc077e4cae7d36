import { Box } from "@mantine/core";
import { addDays, daysBetween, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { lanes, type LaneKey, type TimelineEvent } from "./timeline-lanes.ts";

/** A colour per lane (never the only signal: each lane is named on the axis and in the table). */
const laneColour: Record<LaneKey, string> = {
  screens: "#1971c2",
  levelTwo: "#6741d9",
  notices: "#9c36b5",
  compliance: "#0c8599",
  levelOfCare: "#2b8a3e",
  levelOfCareSuperseded: "#868e96",
  stays: "#495057",
  leaves: "#e8590c",
  payers: "#5c940d",
  payable: "#2f9e44",
  unpayable: "#c92a2a",
};

const barSize = 18;

interface LaneRow {
  key: LaneKey;
  lane: string;
  spans: [number, number][];
}

/** Each lane's events as day offsets into the window, [first day, day after the last). */
function laneRows(events: TimelineEvent[], shown: LaneKey[], window: { from: CalendarDate; through: CalendarDate }): LaneRow[] {
  const last = daysBetween(window.from, window.through) + 1;
  const clip = (offset: number) => Math.min(Math.max(offset, 0), last);
  return shown.map((key) => ({
    key,
    lane: lanes[key],
    spans: events
      .filter((event) => event.lane === key)
      .map((event): [number, number] => [clip(daysBetween(window.from, event.from)), clip(daysBetween(window.from, event.through) + 1)])
      .filter(([start, end]) => end > start),
  }));
}

function dayTicks(days: number): number[] {
  const step = Math.max(1, Math.ceil(days / 8));
  return Array.from({ length: Math.floor(days / step) + 1 }, (_, i) => i * step);
}

/**
 * The lanes on one time axis (recharts: one horizontal ranged bar per event, the bars of a lane
 * drawn over each other on its row). A picture for the eye: the table below holds the same events
 * for a screen reader, so the chart is one labelled image.
 */
export function TimelineChart({ events, shown, window }: { events: TimelineEvent[]; shown: LaneKey[]; window: { from: CalendarDate; through: CalendarDate } }) {
  const rows = laneRows(events, shown, window);
  const bars = Math.max(1, ...rows.map((row) => row.spans.length));
  const days = daysBetween(window.from, window.through) + 1;
  return (
    <Box
      data-timeline-chart
      role="img"
      aria-label={`Timeline from ${window.from} to ${window.through}: ${shown.map((key) => lanes[key]).join(", ")}. The same events are listed in the table below.`}
      h={60 + rows.length * 36}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" barSize={barSize} barGap={-barSize} margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, days]} ticks={dayTicks(days - 1)} tickFormatter={(offset: number) => addDays(window.from, offset)} />
          <YAxis type="category" dataKey="lane" width={230} />
          {Array.from({ length: bars }, (_, i) => (
            <Bar key={i} dataKey={(row: LaneRow) => row.spans[i] ?? null} isAnimationActive={false} minPointSize={3}>
              {rows.map((row) => (
                <Cell key={row.key} fill={laneColour[row.key]} stroke="#fff" />
              ))}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}
