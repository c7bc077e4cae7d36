import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A dashboard chart with its text equivalents: a heading, a caption (what is counted and from
 * where), the drawing as one image with a summary of its numbers for screen readers, and the data
 * table beneath (every number the chart draws).
 */
export function ChartFigure({
  id,
  title,
  caption,
  summary,
  chart,
  table,
  controls,
}: {
  id: string;
  title: string;
  caption: ReactNode;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  controls?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} data-chart={id}>
      <Stack gap="sm">
        <Title order={2} id={`${id}-title`}>
          {title}
        </Title>
        {controls}
        <figure style={{ margin: 0 }} aria-labelledby={`${id}-caption`}>
          <div role="img" aria-label={summary} data-chart-summary={id}>
            {chart}
          </div>
          <Text component="figcaption" id={`${id}-caption`} size="sm" mt="xs">
            {caption}
          </Text>
        </figure>
        {table}
      </Stack>
    </Paper>
  );
}
