import { Table, Text } from "@mantine/core";
import { inLaneOrder, lanes, type TimelineEvent } from "./timeline-lanes.ts";

/** The chart's events as a table: what a screen reader, a search (Ctrl+F) or a copy reads. */
export function TimelineTable({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <Text role="status">No records of this person that you may see.</Text>;
  return (
    <Table striped withTableBorder aria-label="Timeline events" data-timeline-table>
      <Table.Caption style={{ color: "var(--mantine-color-text)" }}>Every event on the timeline above, lane by lane, earliest first.</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Lane</Table.Th>
          <Table.Th scope="col">From</Table.Th>
          <Table.Th scope="col">Through</Table.Th>
          <Table.Th scope="col">What</Table.Th>
          <Table.Th scope="col">Details</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {inLaneOrder(events).map((event, i) => (
          <Table.Tr key={i} data-lane={event.lane}>
            <Table.Td>{lanes[event.lane]}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{event.from}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{event.through}</Table.Td>
            <Table.Td>{event.label}</Table.Td>
            <Table.Td>{event.detail}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
