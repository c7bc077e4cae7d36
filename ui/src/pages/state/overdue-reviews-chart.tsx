import { BarChart } from "@mantine/charts";
import { SegmentedControl, Text } from "@mantine/core";
import { useState } from "react";
import { useClient, type Client } from "urql";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { ChartDataTable } from "./chart-data-table.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import { overdueByGroup, rowTotal, weeksEndingOn, type FacilityPlace } from "./dashboard.rules.ts";
import { chartColors } from "./chart-colors.ts";
import { allPages, useLoaded } from "./use-all-pages.ts";

const OverdueReviewsAsOfQuery = graphql(`
  query OverdueReviewsAsOf($asOf: Date!, $after: String) {
    overdueResidentReviews(asOf: $asOf, first: 100, after: $after) {
      edges {
        node {
          id
          facilityId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DashboardFacilitiesQuery = graphql(`
  query DashboardFacilities($after: String) {
    facilities(first: 100, after: $after) {
      edges {
        node {
          id
          name
          county
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** How many weeks back the chart reaches (the last 8 weeks, counted from the hub's today). */
const weekCount = 8;

/** Each week's overdue list (every page) and the facilities that name their counties. */
async function loadOverdue(client: Client, weeks: CalendarDate[]) {
  const facilities = await allPages(async (after) => {
    const answer = await client.query(DashboardFacilitiesQuery, { after }, { requestPolicy: "network-only" }).toPromise();
    const c = answer.data?.facilities;
    return { error: answer.error, page: c && { nodes: c.edges.map((e) => e.node), ...c.pageInfo } };
  });
  const perWeek = await Promise.all(
    weeks.map((asOf) =>
      allPages(async (after) => {
        const answer = await client.query(OverdueReviewsAsOfQuery, { asOf, after }, { requestPolicy: "network-only" }).toPromise();
        const c = answer.data?.overdueResidentReviews;
        return { error: answer.error, page: c && { nodes: c.edges.map((e) => e.node.facilityId), ...c.pageInfo } };
      }),
    ),
  );
  const error = facilities.error ?? perWeek.find((week) => week.error)?.error;
  if (error) return { error };
  const places = new Map<string, FacilityPlace>(facilities.nodes.map((f) => [f.id, f]));
  return { value: { places, weeks: weeks.map((asOf, i) => ({ asOf, facilityIds: perWeek[i]!.nodes })) } };
}

/**
 * Overdue Resident Reviews over the last 8 weeks, by county or by facility: for each week's day
 * (the hub's today minus 7, 14, … days), `overdueResidentReviews(asOf)` lists the reviews still
 * open whose due day had passed by then.
 */
export function OverdueReviewsChart() {
  const today = useHubToday();
  const client = useClient();
  const [by, setBy] = useState<"county" | "facility">("county");
  const weeks = weeksEndingOn(today, weekCount);
  const loaded = useLoaded(() => loadOverdue(client, weeks), [client, today]);
  const data = loaded.value ? overdueByGroup(loaded.value.weeks, loaded.value.places, by) : undefined;
  return (
    <ChartFigure
      id="overdue-reviews"
      title="Overdue Resident Reviews"
      controls={
        <SegmentedControl
          aria-label="Group the overdue reviews"
          value={by}
          onChange={(value) => setBy(value as "county" | "facility")}
          data={[
            { value: "county", label: "By county" },
            { value: "facility", label: "By facility" },
          ]}
          w="fit-content"
        />
      }
      caption={`Open Resident Reviews past their due day as of each week's day, ${weeks[0]} to ${today}, by ${by}: the reviews still open today that were overdue on that day (Query.overdueResidentReviews).`}
      summary={
        data
          ? `Overdue Resident Reviews by ${by}, ${data.rows.map((row) => `${row.x}: ${rowTotal(row, data.series)}`).join("; ")}.`
          : "Overdue Resident Reviews: loading."
      }
      chart={
        <>
          <HubErrorNotice error={loaded.error} />
          {loaded.loading ? <Text role="status">Counting the overdue reviews of the last {weekCount} weeks…</Text> : null}
          {data ? (
            <BarChart
              h={300}
              data={data.rows}
              dataKey="x"
              type="stacked"
              series={data.series.map((s, i) => ({ name: s.key, label: s.label, color: chartColors[i % chartColors.length] }))}
              withLegend
              textColor="dark.7"
              xAxisLabel="Week's day"
              yAxisLabel="Reviews"
              barChartProps={{ accessibilityLayer: false }}
            />
          ) : null}
        </>
      }
      table={data ? <ChartDataTable id="overdue-reviews" data={data} caption={`Overdue Resident Reviews by ${by}, per week`} xLabel="As of" /> : null}
    />
  );
}
