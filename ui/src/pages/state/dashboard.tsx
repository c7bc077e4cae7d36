import "@mantine/charts/styles.css";
import { Stack, Text, Title } from "@mantine/core";
import { ImdShareChart } from "./imd-share-chart.tsx";
import { OverdueReviewsChart } from "./overdue-reviews-chart.tsx";
import { ReferralTurnaroundChart } from "./referral-turnaround-chart.tsx";

/**
 * The state's dashboard (issue 23): overdue Resident Reviews over time, Level II turnaround against
 * the deadlines, and the IMD share per facility against the thresholds, each a chart with its
 * numbers in a table beneath. Its own chunk: the chart library loads with this page only.
 */
export default function StateDashboard() {
  return (
    <Stack gap="lg">
      <Title order={1}>State dashboard</Title>
      <Text c="gray.7" maw={760}>
        What the hub holds today, read through the same graph partners use. Each chart&apos;s numbers are in the table beneath it.
      </Text>
      <OverdueReviewsChart />
      <ReferralTurnaroundChart />
      <ImdShareChart />
    </Stack>
  );
}
