import { Button, Group, Stack, Table, Text } from "@mantine/core";
import type { AuditEventFilter } from "../../gql/graphql.ts";
import { HubErrorNotice, hubProblems } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { auditServices } from "./audit-services.ts";
import { instantText } from "./instant-text.ts";
import { useAuditTrail, type AuditEventRow, type AuditTrailPage } from "./use-audit-trail.ts";

const list = (values: string[]) => (values.length > 0 ? values.join(", ") : "—");

const columns: WorklistColumn<AuditEventRow>[] = [
  { id: "when", header: "When (UTC)", accessorFn: (row) => row.occurredAt, cell: ({ row }) => instantText(row.original.occurredAt) },
  { id: "service", header: "Service", accessorFn: (row) => row.service },
  { id: "who", header: "Who", accessorFn: (row) => `${row.subject} · ${row.organisationId} · ${row.role}` },
  { id: "operation", header: "Operation", accessorFn: (row) => row.operationName ?? "—" },
  { id: "writes", header: "Mutations", accessorFn: (row) => list(row.writes) },
  { id: "fields", header: "Fields read", accessorFn: (row) => list(row.fields), cell: ({ getValue }) => <Text size="xs">{getValue() as string}</Text> },
  {
    id: "records",
    header: "Records",
    accessorFn: (row) => list(row.entityIds),
    cell: ({ getValue }) => (
      <Text size="xs" ff="monospace">
        {getValue() as string}
      </Text>
    ),
  },
];

/**
 * The four services' trails for one search, merged newest first with the service named; each
 * service pages on its own (its own cursors), so one busy service does not hide the others.
 */
export function AuditResults({ filter }: { filter: AuditEventFilter }) {
  const trails = [
    useAuditTrail(auditServices[0]!, filter),
    useAuditTrail(auditServices[1]!, filter),
    useAuditTrail(auditServices[2]!, filter),
    useAuditTrail(auditServices[3]!, filter),
  ];
  const problems = trails.flatMap((trail) => hubProblems(trail.error));
  const forbidden = problems.length > 0 && problems.every((problem) => problem.code === "FORBIDDEN");
  const rows = trails.flatMap((trail) => trail.events).sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0));
  const loading = trails.some((trail) => trail.fetching);
  return (
    <Stack gap="sm" component="section" aria-label="Audit events">
      {forbidden ? (
        <HubErrorNotice error={trails.find((trail) => trail.error)?.error} />
      ) : (
        trails.map((trail) => <HubErrorNotice key={trail.service.key} error={trail.error} />)
      )}
      {loading && rows.length === 0 ? <Text role="status">Searching the four services’ trails…</Text> : null}
      {forbidden || (loading && rows.length === 0) ? null : (
        <>
          <WorklistTable
            label="Audit events, newest first"
            rows={rows}
            columns={columns}
            rowKey={(row) => `${row.service}:${row.id}`}
            empty="No audit events match this search."
            initialSort={[{ id: "when", desc: true }]}
          />
          <ServicePagers trails={trails} />
        </>
      )}
    </Stack>
  );
}

/** Each service's own pages: how many of its events are shown and its previous/next page. */
function ServicePagers({ trails }: { trails: AuditTrailPage[] }) {
  return (
    <Table aria-label="Pages per service" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Service</Table.Th>
          <Table.Th scope="col">Events on this page</Table.Th>
          <Table.Th scope="col">Pages</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trails.map(({ service, events, page, error }) => (
          <Table.Tr key={service.key} data-service={service.key}>
            <Table.Th scope="row">{service.label}</Table.Th>
            <Table.Td>{error ? "not answered" : events.length}</Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Button size="xs" variant="default" disabled={!page.hasPreviousPage} onClick={page.previous} aria-label={`Newer ${service.label} events`}>
                  Newer
                </Button>
                <Button size="xs" variant="default" disabled={!page.hasNextPage} onClick={page.next} aria-label={`Older ${service.label} events`}>
                  Older
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
