import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { ChartDataTable } from "./chart-data-table.tsx";
import { ChartFigure } from "./chart-figure.tsx";
import type { ChartTableData } from "./dashboard.rules.ts";

const ImdShareQuery = graphql(`
  query ImdShares {
    imdReview {
      asOf
      nursingFacilities {
        id
        name
        imdShare {
          residentCount
          primarySeriousMentalIllnessCount
          share
          status
        }
      }
    }
  }
`);

/** CO 10 CCR 2505-10 8.401.44 C: a facility whose share is above 40 % is notified by the Department. */
const noticePercent = 40;
/** CO 10 CCR 2505-10 8.401.42: more than 50 % is the primary criterion; the facility is at serious risk of IMD classification. */
const atRiskPercent = 50;

const statusWords: Record<string, string> = { BELOW_NOTICE: "40 % or less", NOTICE: "above 40 %: notice", AT_RISK: "above 50 %: at risk" };

type Facilities = NonNullable<ReturnType<typeof useImdShares>["data"]>["imdReview"]["nursingFacilities"];

const useImdShares = () => useQuery({ query: ImdShareQuery })[0];

/** The share as the chart draws it (percent) and the table lists it (counts and status too). */
function imdTable(facilities: Facilities): ChartTableData {
  const rows = facilities
    .filter((f) => f.imdShare)
    .map((f) => ({
      x: f.name,
      share: Math.round(f.imdShare!.share * 1000) / 10,
      residents: f.imdShare!.residentCount,
      smi: f.imdShare!.primarySeriousMentalIllnessCount,
      status: statusWords[f.imdShare!.status] ?? f.imdShare!.status,
    }));
  return {
    rows,
    series: [
      { key: "share", label: "Primary-SMI share (%)" },
      { key: "smi", label: "Residents with primary SMI (Level II)" },
      { key: "residents", label: "Current residents" },
      { key: "status", label: "Against the thresholds" },
    ],
  };
}

/**
 * Each Medicaid-certified nursing facility's share of current residents whose latest Level II found
 * a primary serious mental illness, against CO 10 CCR 2505-10 8.401.4's thresholds: notice above
 * 40 % (8.401.44 C), serious risk of IMD classification above 50 % (8.401.42).
 */
export function ImdShareChart() {
  const { data, error, fetching } = useImdShares();
  const table = data ? imdTable(data.imdReview.nursingFacilities) : undefined;
  const summary = table
    ? `IMD share per facility: ${table.rows.map((row) => `${row.x} ${row.share} % (${row.status})`).join("; ")}. Thresholds 40 % and 50 %.`
    : "IMD share per facility: loading.";
  return (
    <ChartFigure
      id="imd-share"
      title="IMD share per facility"
      caption={`Share of current residents with a primary serious mental illness found by Level II, census of ${data?.imdReview.asOf ?? "today"} (Query.imdReview), against CO 10 CCR 2505-10 8.401.4: above 40 % the Department notifies the facility (8.401.44 C); above 50 % it is at serious risk of classification as an IMD (8.401.42).`}
      summary={summary}
      chart={
        <>
          <HubErrorNotice error={error} />
          {fetching && !data ? <Text role="status">Reading the IMD review…</Text> : null}
          {table && table.rows.length === 0 ? <Text role="status">No facility has an IMD share under this state's policy.</Text> : null}
          {table && table.rows.length > 0 ? (
            <BarChart
              h={300}
              data={table.rows}
              dataKey="x"
              series={[{ name: "share", label: "Primary-SMI share", color: "blue.8" }]}
              unit=" %"
              yAxisProps={{ domain: [0, 100] }}
              referenceLines={[
                { y: noticePercent, label: "40 %: notice (8.401.44 C)", color: "orange.9" },
                { y: atRiskPercent, label: "50 %: IMD risk (8.401.42)", color: "red.9" },
              ]}
              textColor="dark.7"
              yAxisLabel="Share of residents"
              barChartProps={{ accessibilityLayer: false }}
            />
          ) : null}
        </>
      }
      table={table ? <ChartDataTable id="imd-share" data={table} caption="IMD share per nursing facility" xLabel="Facility" /> : null}
    />
  );
}
