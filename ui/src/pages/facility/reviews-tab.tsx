import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { personName } from "./census-words.ts";
import { reviewReasonWords } from "../../words/resident-review-words.ts";
import { dueWithinDays, useOverdueReviews, useReviewsDue, type ResidentReviewRow } from "./resident-reviews.ts";

const columns: WorklistColumn<ResidentReviewRow>[] = [
  { id: "name", header: "Resident", accessorFn: (row) => personName(row.individual) },
  { id: "reason", header: "Why due", accessorFn: (row) => reviewReasonWords[row.reason] },
  { id: "triggeredOn", header: "Clock started", accessorFn: (row) => row.triggeredOn },
  { id: "source", header: "Rule", accessorFn: (row) => row.source, cell: ({ getValue }) => <Text size="sm">{String(getValue())}</Text> },
];

/**
 * The Resident Reviews due for the facility's residents: those overdue by the hub's today (marked
 * in words and colour) and those due within the coming days, soonest first.
 */
export function ReviewsTab({ facilityId }: { facilityId: string }) {
  const overdue = useOverdueReviews(facilityId);
  const due = useReviewsDue(facilityId);
  return (
    <Stack>
      <Group justify="space-between">
        <Text>Open Resident Reviews for this facility's residents, by the hub's today.</Text>
        <Button variant="default" onClick={() => (overdue.refetch(), due.refetch())}>
          Refresh
        </Button>
      </Group>
      <Title order={2}>Overdue</Title>
      <HubErrorNotice error={overdue.error} />
      {overdue.loaded && (
        <WorklistTable
          label="Overdue Resident Reviews"
          rows={overdue.rows}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => row.dueOn}
          page={overdue.page}
          empty="No Resident Review is overdue for this facility's residents."
        />
      )}
      <Title order={2}>Due in the next {dueWithinDays} days</Title>
      <HubErrorNotice error={due.error} />
      {due.loaded && (
        <WorklistTable
          label="Resident Reviews due"
          rows={due.rows}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => row.dueOn}
          page={due.page}
          empty={`No Resident Review falls due in the next ${dueWithinDays} days.`}
        />
      )}
    </Stack>
  );
}
