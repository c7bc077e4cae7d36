import { Stack, Text } from "@mantine/core";
import { useQuery } from "urql";
import { addDays } from "@pasrr/calendar/calendar-date";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { findingsSinceDays } from "../facility/resident-reviews.ts";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { facilityColumn, personColumn, readReviewRow, type ResidentReviewRow } from "./resident-review-row.tsx";
import { findingWords, words } from "../../words/resident-review-words.ts";

const FindingsQuery = graphql(`
  query PaaComplianceFindings($since: Date!, $first: Int!, $after: String) {
    residentReviewFindings(since: $since, first: $first, after: $after) {
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

/** Open, or done (late) or ended, in words (a badge would truncate them in a narrow column). */
function FindingStatus({ review }: { review: ResidentReviewRow }) {
  const status = review.completedOn ? `Done ${review.completedOn}` : review.endedOn ? `Ended ${review.endedOn}` : "Open";
  return (
    <Text size="sm" fw={review.completedOn || review.endedOn ? undefined : 600}>
      {status}
    </Text>
  );
}

/** The finding in words, and under it the day it was found and the source the hub recorded with the review. */
function Finding({ review }: { review: ResidentReviewRow }) {
  return (
    <Stack gap={2}>
      <Text size="sm">{words(review.reason, findingWords)}</Text>
      <Text size="xs" c="gray.7">
        Found {review.triggeredOn} · Source: {review.source}
      </Text>
    </Stack>
  );
}

const columns: WorklistColumn<ResidentReviewRow>[] = [
  personColumn,
  facilityColumn,
  { id: "finding", header: "Finding", accessorFn: (row) => words(row.reason, findingWords), cell: ({ row }) => <Finding review={row.original} /> },
  { id: "status", header: "Status", accessorFn: (row) => row.completedOn ?? row.endedOn ?? "", cell: ({ row }) => <FindingStatus review={row.original} /> },
];

/**
 * Admissions that broke a pre-admission rule, as the hub records them: Resident Reviews whose
 * reason is a finding (no PAS before admission, Level I dated after it, Level II open at it),
 * open or done, each with the finding in words and the source the hub recorded.
 */
export function ComplianceFindingsTab() {
  const paging = useCursorPages();
  // The findings of the last year, as the facility's page lists them.
  const since = addDays(useHubToday(), -findingsSinceDays);
  const [{ data, error, fetching }] = useQuery({ query: FindingsQuery, variables: { since, first: 20, after: paging.after } });
  const connection = data?.residentReviewFindings;
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
          page={paging.pageOf(connection.pageInfo)}
          empty={fetching ? "Loading…" : "No compliance findings in your counties."}
        />
      )}
    </Stack>
  );
}
