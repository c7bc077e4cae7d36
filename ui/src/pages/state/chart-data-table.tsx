import { Table, VisuallyHidden } from "@mantine/core";
import type { ChartTableData } from "./dashboard.rules.ts";

/**
 * A chart's numbers as a table, the chart's text equivalent: a screen reader user (and axe) gets
 * every value the bars draw. Shown under the chart, or hidden visually when `hidden`.
 */
export function ChartDataTable({
  data,
  caption,
  xLabel,
  format = String,
  hidden = false,
  id,
}: {
  data: ChartTableData;
  caption: string;
  xLabel: string;
  format?: (value: number) => string;
  hidden?: boolean;
  id: string;
}) {
  const table = (
    <Table withTableBorder striped aria-label={caption} data-chart-table={id} fz="sm">
      <Table.Caption c="dark.7">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{xLabel}</Table.Th>
          {data.series.map((s) => (
            <Table.Th key={s.key} scope="col">
              {s.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.rows.map((row) => (
          <Table.Tr key={row.x} data-x={row.x}>
            <Table.Th scope="row">{row.x}</Table.Th>
            {data.series.map((s) => (
              <Table.Td key={s.key} data-series={s.label}>
                {typeof row[s.key] === "number" ? format(row[s.key] as number) : row[s.key]}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return hidden ? <VisuallyHidden>{table}</VisuallyHidden> : <Table.ScrollContainer minWidth={480}>{table}</Table.ScrollContainer>;
}
