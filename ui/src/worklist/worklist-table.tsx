import { Badge, Button, Group, Table, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type Header, type SortingState } from "@tanstack/react-table";
import { useState, type ReactNode } from "react";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { daysOverdue, useHubToday } from "../calendar/hub-today.tsx";

/**
 * A column of any value type: TanStack Table's own advice for a list of mixed columns, since a
 * column's value type is fixed per column (the one place the UI names `any`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WorklistColumn<Row> = ColumnDef<Row, any>;

export interface WorklistPage {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  next(): void;
  previous(): void;
}

interface WorklistTableProps<Row> {
  /** Names the table for screen readers and tests (`aria-label`). */
  label: string;
  rows: Row[];
  columns: WorklistColumn<Row>[];
  rowKey(row: Row): string;
  /** The row's due date, when the list has one: overdue rows are marked in words and colour. */
  dueOn?(row: Row): CalendarDate | null | undefined;
  /** The role's action on a row (a button or link), drawn in the last column. */
  action?(row: Row): ReactNode;
  page?: WorklistPage;
  /** What an empty list means for this role ("No referrals are assigned to you"). */
  empty: string;
  initialSort?: SortingState;
}

/**
 * Every worklist's table (TanStack Table for the sorting, Mantine for the drawing): sortable
 * columns, a due column that says how overdue a row is by the hub's today, the role's action per
 * row, and the connection's pages.
 */
export function WorklistTable<Row>({ label, rows, columns, rowKey, dueOn, action, page, empty, initialSort = [] }: WorklistTableProps<Row>) {
  const today = useHubToday();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const table = useReactTable({
    data: rows,
    columns: withDueAndAction(columns, today, dueOn, action),
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: rowKey,
  });
  if (rows.length === 0) {
    return (
      <Text c="gray.7" role="status" data-empty-worklist={label}>
        {empty}
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover aria-label={label}>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => (
                  <SortableHeader key={header.id} header={header} />
                ))}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => {
              const due = dueOn?.(row.original);
              const overdue = due ? daysOverdue(due, today) > 0 : false;
              return (
                <Table.Tr key={row.id} data-row={row.id} data-overdue={overdue || undefined} bg={overdue ? "red.0" : undefined}>
                  {row.getVisibleCells().map((cell) => (
                    <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageButtons page={page} />
    </>
  );
}

/** The role's columns, then the due date (sortable, overdue in words) and the action, when the list has them. */
function withDueAndAction<Row>(
  columns: WorklistColumn<Row>[],
  today: CalendarDate,
  dueOn?: (row: Row) => CalendarDate | null | undefined,
  action?: (row: Row) => ReactNode,
): WorklistColumn<Row>[] {
  const due: WorklistColumn<Row>[] = dueOn
    ? [{ id: "due", header: "Due", accessorFn: (row) => dueOn(row) ?? "", cell: ({ row }) => <DueDate dueOn={dueOn(row.original)} today={today} /> }]
    : [];
  const act: WorklistColumn<Row>[] = action
    ? [{ id: "action", header: () => <VisuallyHidden>Action</VisuallyHidden>, enableSorting: false, cell: ({ row }) => action(row.original) }]
    : [];
  return [...columns, ...due, ...act];
}

/** A column header: a button that sorts, with `aria-sort` saying which way. */
function SortableHeader<Row>({ header }: { header: Header<Row, unknown> }) {
  const sorted = header.column.getIsSorted();
  const title = flexRender(header.column.columnDef.header, header.getContext());
  return (
    <Table.Th aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
      {header.column.getCanSort() ? (
        <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={600}>
          {title} {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
        </UnstyledButton>
      ) : (
        title
      )}
    </Table.Th>
  );
}

function PageButtons({ page }: { page: WorklistPage | undefined }) {
  if (!page || (!page.hasNextPage && !page.hasPreviousPage)) return null;
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" disabled={!page.hasPreviousPage} onClick={page.previous}>
        Previous page
      </Button>
      <Button variant="default" disabled={!page.hasNextPage} onClick={page.next}>
        Next page
      </Button>
    </Group>
  );
}

/** A due date, and in words how far it is from the hub's today. */
export function DueDate({ dueOn, today }: { dueOn: CalendarDate | null | undefined; today: CalendarDate }) {
  if (!dueOn)
    return (
      <Text span c="gray.7">
        —
      </Text>
    );
  const late = daysOverdue(dueOn, today);
  return (
    <Group gap="xs" wrap="nowrap">
      <Text span ff="monospace">
        {dueOn}
      </Text>
      {late > 0 ? (
        <Badge color="red" variant="filled">
          Overdue {late} {late === 1 ? "day" : "days"}
        </Badge>
      ) : late === 0 ? (
        <Badge color="orange" variant="light">
          Due today
        </Badge>
      ) : null}
    </Group>
  );
}
