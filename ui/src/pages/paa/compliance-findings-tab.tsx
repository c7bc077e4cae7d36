import { Badge, Stack, Text } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { useListPaging, usePageShown } from "./paging.ts";
import { facilityColumn, personColumn, readReviewRow, type ResidentReviewRow } from "./resident-review-row.tsx";
import { findingWords, words } from "./review-reasons.ts";

const FindingsQuery = graphql(`
  query PaaComplianceFindings($first: Int!, $after: String) {
    residentReviewFindings(first: $first, after: $after) {
      edges {
        node {
          ...PaaResidentReviewRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function FindingStatus({ review }: { review: ResidentReviewRow }) {
  if (review.completedOn) return <Badge variant="light">Done {review.completedOn}</Badge>;
  if (review.endedOn)
    return (
      <Badge variant="light" color="gray">
        Ended {review.endedOn}
      </Badge>
    );
  return (
    <Badge color="red" variant="light">
      Open
    </Badge>
  );
}

const columns: WorklistColumn<ResidentReviewRow>[] = [
  personColumn,
  facilityColumn,
  { id: "finding", header: "Finding", accessorFn: (row) => words(row.reason, findingWords) },
  { id: "source", header: "Source", accessorKey: "source", cell: ({ row }) => <Text size="xs">{row.original.source}</Text> },
  { id: "triggeredOn", header: "Admitted / found on", accessorKey: "triggeredOn" },
  { id: "status", header: "Status", accessorFn: (row) => row.completedOn ?? row.endedOn ?? "", cell: ({ row }) => <FindingStatus review={row.original} /> },
];

/**
 * Admissions that broke a pre-admission rule, as the hub records them: Resident Reviews whose
 * reason is a finding (no PAS before admission, Level I dated after it, Level II open at it),
 * open or done, each with the finding in words and the source the hub recorded.
 */
export function ComplianceFindingsTab() {
  const paging = useListPaging();
  const [{ data, error, fetching }] = useQuery({ query: FindingsQuery, variables: { first: 20, after: paging.after } });
  const connection = data?.residentReviewFindings;
  usePageShown(paging, connection?.pageInfo);
  return (
    <Stack gap="sm">
      <HubErrorNotice error={error} />
      {connection && (
        <WorklistTable
          label="Compliance findings"
          rows={connection.edges.map(readReviewRow)}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => (row.completedOn || row.endedOn ? null : row.dueOn)}
          page={paging.page}
          empty={fetching ? "Loading…" : "No compliance findings in your counties."}
        />
      )}
    </Stack>
  );
}
