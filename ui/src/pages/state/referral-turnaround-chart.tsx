import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { useClient, type Client } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { ChartDataTable } from "./chart-data-table.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import { turnaroundByAuthority, type ReferralTiming } from "./dashboard.rules.ts";
import { allPages, useLoaded } from "./use-all-pages.ts";

const ReferralTurnaroundQuery = graphql(`
  query ReferralTurnaround($after: String) {
    levelTwoReferrals(first: 100, after: $after) {
      edges {
        node {
          id
          authority
          dueOn
          determination {
            id
            determinedOn
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const colors: Record<string, string> = { onTime: "teal.8", late: "red.8", openOverdue: "orange.9", openInTime: "blue.8" };

async function loadReferrals(client: Client) {
  const all = await allPages<ReferralTiming>(async (after) => {
    const answer = await client.query(ReferralTurnaroundQuery, { after }, { requestPolicy: "network-only" }).toPromise();
    const c = answer.data?.levelTwoReferrals;
    const nodes = c?.edges.map(({ node }) => ({ authority: node.authority, dueOn: node.dueOn, determinedOn: node.determination?.determinedOn }));
    return { error: answer.error, page: c && nodes && { nodes, ...c.pageInfo } };
  });
  return all.error ? { error: all.error } : { value: all.nodes };
}

/**
 * Level II referral turnaround against the deadlines, per authority: determined on or before the
 * due day, after it, and open ones past or within it (the due day is the state's Level II time
 * frame in working days, as the hub computed it for each referral).
 */
export function ReferralTurnaroundChart() {
  const today = useHubToday();
  const client = useClient();
  const loaded = useLoaded(() => loadReferrals(client), [client]);
  const data = loaded.value ? turnaroundByAuthority(loaded.value, today) : undefined;
  const summary = data
    ? `Level II referrals by authority: ${data.rows.map((row) => `${row.x}: ${data.series.map((s) => `${row[s.key]} ${s.label.toLowerCase()}`).join(", ")}`).join("; ")}.`
    : "Level II referral turnaround: loading.";
  return (
    <ChartFigure
      id="referral-turnaround"
      title="Level II referral turnaround"
      caption={`Every Level II referral, per authority, against its due day (Query.levelTwoReferrals: dueOn, the state's time frame in working days; determination.determinedOn). Open referrals are counted against the hub's today, ${today}.`}
      summary={summary}
      chart={
        <>
          <HubErrorNotice error={loaded.error} />
          {loaded.loading ? <Text role="status">Reading the Level II referrals…</Text> : null}
          {data && data.rows.length === 0 ? <Text role="status">No Level II referrals on record.</Text> : null}
          {data && data.rows.length > 0 ? (
            <BarChart
              h={260}
              data={data.rows}
              dataKey="x"
              type="stacked"
              series={data.series.map((s) => ({ name: s.key, label: s.label, color: colors[s.key] }))}
              withLegend
              textColor="dark.7"
              xAxisLabel="Authority"
              yAxisLabel="Referrals"
              barChartProps={{ accessibilityLayer: false }}
            />
          ) : null}
        </>
      }
      table={data ? <ChartDataTable id="referral-turnaround" data={data} caption="Level II referrals per authority, by timeliness" xLabel="Authority" /> : null}
    />
  );
}
