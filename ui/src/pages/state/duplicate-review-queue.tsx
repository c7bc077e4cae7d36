import { Button, SegmentedControl, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { ReviewStatus } from "../../gql/graphql.ts";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { instantText } from "./instant-text.ts";
import { personName } from "./person-text.ts";

const DuplicateReviewQueueQuery = graphql(`
  query DuplicateReviewQueue($status: ReviewStatus!, $after: String) {
    duplicateReviews(status: $status, first: 20, after: $after) {
      edges {
        node {
          id
          status
          openedAt
          openedBy
          resolvedAt
          individual {
            id
            givenName
            middleName
            familyName
            suffix
            birthDate
          }
          candidates {
            score
            individual {
              id
              givenName
              middleName
              familyName
              suffix
            }
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

type QueueRow = NonNullable<ReturnType<typeof useQueueRows>["rows"]>[number];

const statuses: { value: ReviewStatus; label: string }[] = [
  { value: "OPEN", label: "Waiting" },
  { value: "SAME_PERSON", label: "Merged" },
  { value: "NOT_SAME_PERSON", label: "Not duplicates" },
];

const emptyText: Record<ReviewStatus, string> = {
  OPEN: "No possible duplicates are waiting for review.",
  SAME_PERSON: "No review has been decided as the same person.",
  NOT_SAME_PERSON: "No review has been decided as different people.",
};

const columns: WorklistColumn<QueueRow>[] = [
  { id: "opened", header: "Opened", accessorFn: (row) => row.openedAt, cell: ({ row }) => instantText(row.original.openedAt) },
  { id: "record", header: "Record held for review", accessorFn: (row) => personName(row.individual) },
  { id: "birth", header: "Birth date", accessorFn: (row) => row.individual?.birthDate ?? "" },
  { id: "candidate", header: "Best candidate", accessorFn: (row) => personName(row.candidates[0]?.individual) },
  { id: "score", header: "Score", accessorFn: (row) => row.candidates[0]?.score ?? 0, cell: ({ getValue }) => (getValue() as number).toFixed(2) },
  { id: "by", header: "Registered by", accessorFn: (row) => row.openedBy },
];

/** The queue's page; asked again from the hub whenever `refresh` changes (a review was decided or reloaded). */
function useQueueRows(status: ReviewStatus, after: string | null, refresh: number) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: DuplicateReviewQueueQuery, variables: { status, after } });
  useEffect(() => {
    if (refresh > 0) reexecute({ requestPolicy: "network-only" });
  }, [refresh, reexecute]);
  return { rows: data?.duplicateReviews.edges.map((edge) => edge.node), pageInfo: data?.duplicateReviews.pageInfo, error, fetching };
}

/** One status's reviews, a page at a time; a review's "Compare" opens it below. */
interface QueueProps {
  selectedId: string | null;
  onOpen(id: string): void;
  /** Raised by the page after a decision, so the queue shows what the hub now holds. */
  refresh: number;
}

function QueueTable({ status, selectedId, onOpen, refresh }: QueueProps & { status: ReviewStatus }) {
  const { after, pageOf } = useCursorPages();
  const { rows, pageInfo: current, error, fetching } = useQueueRows(status, after, refresh);
  return (
    <>
      <HubErrorNotice error={error} />
      {!rows && fetching ? <Text role="status">Loading the reviews…</Text> : null}
      {rows ? (
        <WorklistTable
          label="Duplicate reviews"
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          page={pageOf(current)}
          empty={emptyText[status]}
          action={(row) => (
            <Button
              size="xs"
              variant={row.id === selectedId ? "filled" : "light"}
              aria-label={`Compare ${personName(row.individual)} with the candidates`}
              data-review={row.id}
              onClick={() => onOpen(row.id)}
            >
              Compare
            </Button>
          )}
        />
      ) : null}
    </>
  );
}

/** The queue: waiting reviews first; decided ones (merged, not duplicates) by their status. */
export function DuplicateReviewQueue({ selectedId, onOpen, refresh }: QueueProps) {
  const [status, setStatus] = useState<ReviewStatus>("OPEN");
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-queue-heading">
      <Text id="review-queue-heading" fw={700} size="lg" component="h2">
        Review queue
      </Text>
      <SegmentedControl aria-label="Which reviews" value={status} onChange={(value) => setStatus(value as ReviewStatus)} data={statuses} w="fit-content" />
      <QueueTable key={status} status={status} selectedId={selectedId} onOpen={onOpen} refresh={refresh} />
    </Stack>
  );
}
