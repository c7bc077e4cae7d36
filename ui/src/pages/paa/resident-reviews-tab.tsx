import { Stack, Title } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable } from "../../worklist/worklist-table.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { readReviewRow, reviewColumns } from "./resident-review-row.tsx";

const OverdueReviewsQuery = graphql(`
  query PaaOverdueResidentReviews($asOf: Date!, $first: Int!, $after: String) {
    overdueResidentReviews(asOf: $asOf, first: $first, after: $after) {
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

const DueReviewsQuery = graphql(`
  query PaaResidentReviewsDue($asOf: Date!, $withinDays: Int!, $first: Int!, $after: String) {
    residentReviewsDue(asOf: $asOf, withinDays: $withinDays, first: $first, after: $after) {
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

/** How far ahead "due soon" looks: the graph's own default window (residentReviewsDue). */
const dueSoonDays = 14;

/** Open Resident Reviews in the PAA's counties: those overdue by the hub's today, then those due soon. */
export function ResidentReviewsTab() {
  return (
    <Stack gap="lg">
      <OverdueReviews />
      <DueSoonReviews />
    </Stack>
  );
}

function OverdueReviews() {
  const asOf = useHubToday();
  const paging = useCursorPages();
  const [{ data, error, fetching }] = useQuery({ query: OverdueReviewsQuery, variables: { asOf, first: 20, after: paging.after } });
  const connection = data?.overdueResidentReviews;
  return (
    <section aria-labelledby="overdue-reviews">
      <Title order={2} size="h4" id="overdue-reviews" mb="xs">
        Overdue
      </Title>
      <HubErrorNotice error={error} />
      {connection && (
        <WorklistTable
          label="Overdue Resident Reviews"
          rows={connection.edges.map(readReviewRow)}
          columns={reviewColumns}
          rowKey={(row) => row.id}
          dueOn={(row) => row.dueOn}
          page={paging.pageOf(connection.pageInfo)}
          empty={fetching ? "Loading…" : "No Resident Review in your counties is overdue."}
        />
      )}
    </section>
  );
}

function DueSoonReviews() {
  const asOf = useHubToday();
  const paging = useCursorPages();
  const variables = { asOf, withinDays: dueSoonDays, first: 20, after: paging.after };
  const [{ data, error, fetching }] = useQuery({ query: DueReviewsQuery, variables });
  const connection = data?.residentReviewsDue;
  return (
    <section aria-labelledby="due-reviews">
      <Title order={2} size="h4" id="due-reviews" mb="xs">
        Due in the next {dueSoonDays} days
      </Title>
      <HubErrorNotice error={error} />
      {connection && (
        <WorklistTable
          label="Resident Reviews due soon"
          rows={connection.edges.map(readReviewRow)}
          columns={reviewColumns}
          rowKey={(row) => row.id}
          dueOn={(row) => row.dueOn}
          page={paging.pageOf(connection.pageInfo)}
          empty={fetching ? "Loading…" : `No Resident Review in your counties is due in the next ${dueSoonDays} days.`}
        />
      )}
    </section>
  );
}
