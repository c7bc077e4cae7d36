import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { FacilityName } from "./facility-names.tsx";
import { ActionDone } from "./hub-answer.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { PersonName, personSortKey } from "./person-name.tsx";
import { ReviewScreenModal, type ReviewDecision } from "./review-screen-modal.tsx";

const ScreensToReviewQuery = graphql(`
  query PaaScreensToReview($first: Int!, $after: String) {
    levelOneScreensToReview(first: $first, after: $after) {
      edges {
        node {
          id
          version
          screenedOn
          facilityId
          outcome
          levelTwoCategory
          reviewStatus
          returnedOn
          reviewFindings
          individual {
            ...PaaPersonName
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

export type ScreenRow = ResultOf<typeof ScreensToReviewQuery>["levelOneScreensToReview"]["edges"][number]["node"];

const columns: WorklistColumn<ScreenRow>[] = [
  { id: "person", header: "Person", accessorFn: (row) => personSortKey(row.individual), cell: ({ row }) => <PersonName person={row.original.individual} /> },
  { id: "facility", header: "Facility", accessorKey: "facilityId", cell: ({ row }) => <FacilityName id={row.original.facilityId} /> },
  { id: "screenedOn", header: "Screened on", accessorKey: "screenedOn" },
  { id: "outcome", header: "Outcome", accessorFn: (row) => row.outcome.replace(/_/g, " ").toLowerCase() },
  { id: "status", header: "Review", accessorKey: "reviewStatus", cell: ({ row }) => <ReviewStatus screen={row.original} /> },
];

/** Where the screen stands, in words (a badge would truncate them in a narrow column). */
function ReviewStatus({ screen }: { screen: ScreenRow }) {
  if (screen.reviewStatus !== "RETURNED_INCOMPLETE") return <Text size="sm">Not reviewed</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        Returned {screen.returnedOn}
      </Text>
      <Text size="xs">{screen.reviewFindings}</Text>
    </Stack>
  );
}

/**
 * Level I screens awaiting the PAA's review (OH guide: a screen is a PAS only once a PAA processed
 * it; IL manual IV.3: incomplete or invalid ones are returned to be completed). The sources give
 * the review itself no deadline, so the list has no due column: oldest first.
 */
export function LevelOneScreensTab() {
  const paging = useCursorPages();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ScreensToReviewQuery, variables: { first: 20, after: paging.after } });
  const connection = data?.levelOneScreensToReview;
  const [reviewing, setReviewing] = useState<{ screen: ScreenRow; decision: ReviewDecision }>();
  const [answer, setAnswer] = useState<string>();
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        Screens filed for facilities in your counties that you have not confirmed, oldest first. No source sets a deadline for this review.
      </Text>
      <ActionDone text={answer} />
      <HubErrorNotice error={error} />
      {connection && (
        <WorklistTable
          label="Level I screens to review"
          rows={connection.edges.map((edge) => edge.node)}
          columns={columns}
          rowKey={(row) => row.id}
          page={paging.pageOf(connection.pageInfo)}
          empty={fetching ? "Loading…" : "No Level I screens await your review."}
          action={(screen) => <ReviewButtons screen={screen} onChoose={(decision) => setReviewing({ screen, decision })} />}
        />
      )}
      {reviewing && (
        <ReviewScreenModal
          screen={reviewing.screen}
          decision={reviewing.decision}
          onClose={() => setReviewing(undefined)}
          onDone={(text) => {
            setReviewing(undefined);
            setAnswer(text);
            reexecute({ requestPolicy: "network-only" });
          }}
        />
      )}
    </Stack>
  );
}

function ReviewButtons({ screen, onChoose }: { screen: ScreenRow; onChoose(decision: ReviewDecision): void }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" onClick={() => onChoose("CONFIRMED")}>
        Accept
      </Button>
      {screen.reviewStatus === "NOT_REVIEWED" && (
        <Button size="xs" variant="default" onClick={() => onChoose("RETURNED_INCOMPLETE")}>
          Return incomplete
        </Button>
      )}
    </Group>
  );
}
