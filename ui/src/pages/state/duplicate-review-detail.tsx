import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql, type DocumentType } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { instantText } from "./instant-text.ts";
import { MatchReasons } from "./match-reasons.tsx";
import { MergedRecords } from "./merged-records.tsx";
import { personName } from "./person-text.ts";
import { RecordComparison } from "./record-comparison.tsx";
import { ReviewDecision } from "./review-decision.tsx";

const DuplicateReviewDetailQuery = graphql(`
  query DuplicateReviewDetail($id: ID!) {
    duplicateReview(id: $id) {
      id
      version
      status
      openedAt
      openedBy
      resolvedAt
      resolvedBy
      resolution
      individual {
        id
        givenName
        middleName
        familyName
        suffix
        ...ComparedPerson
        ...MergedRecordsOf
      }
      candidates {
        individual {
          id
          givenName
          middleName
          familyName
          suffix
          ...ComparedPerson
        }
        ...MatchReasons
      }
    }
  }
`);

const statusWords = { OPEN: "waiting for a decision", SAME_PERSON: "decided: the same person (merged)", NOT_SAME_PERSON: "decided: not a duplicate" };

type Review = NonNullable<DocumentType<typeof DuplicateReviewDetailQuery>["duplicateReview"]>;

/** One review opened: who registered it, the records side by side, the reasons, and the decision. */
export function DuplicateReviewDetail({ reviewId, onClose, onChanged }: { reviewId: string; onClose(): void; onChanged(): void }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: DuplicateReviewDetailQuery, variables: { id: reviewId } });
  const [answer, setAnswer] = useState("");
  const review = data?.duplicateReview;
  const changed = (text: string) => {
    setAnswer(text);
    reexecute({ requestPolicy: "network-only" });
    onChanged();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-heading" data-review-detail={reviewId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} id="review-heading">
          {review ? `Review of ${personName(review.individual)}` : "Review"}
        </Title>
        <Button variant="default" size="xs" onClick={onClose}>
          Close the review
        </Button>
      </Group>
      <HubErrorNotice error={error} />
      {answer ? (
        // The title in the text colour: green title text on the light alert background is below WCAG AA contrast.
        <Alert color="green" title="The hub's answer" role="status" mb="sm" data-hub-answer styles={{ title: { color: "var(--mantine-color-text)" } }}>
          {answer}
        </Alert>
      ) : null}
      {fetching && !review ? <Text role="status">Loading the review…</Text> : null}
      {data && !review ? <Text role="status">No such review, or it is outside your scope.</Text> : null}
      {review ? <ReviewBody review={review} onChanged={changed} /> : null}
    </Paper>
  );
}

function ReviewBody({ review, onChanged }: { review: Review; onChanged(answer: string): void }) {
  const merged = review.status === "SAME_PERSON";
  return (
    <Stack gap="md">
      <Text data-review-status={review.status}>
        Status: {statusWords[review.status]}. Opened {instantText(review.openedAt)} by {review.openedBy}.
        {review.resolvedAt ? ` Decided ${instantText(review.resolvedAt)} by ${review.resolvedBy}: “${review.resolution ?? ""}”.` : ""}
      </Text>
      <RecordComparison
        caption={
          merged
            ? "The survivor (the record held for review now resolves to it) beside the candidates."
            : "The record held for review beside each existing person it resembles, best first."
        }
        columns={[
          { heading: merged ? "Survivor" : "Record held for review", person: review.individual },
          ...review.candidates.map((candidate, i) => ({ heading: `Candidate ${i + 1}: ${personName(candidate.individual)}`, person: candidate.individual })),
        ]}
      />
      <Title order={3}>Why they match</Title>
      <SimpleGrid cols={{ base: 1, md: Math.min(2, review.candidates.length) }}>
        {review.candidates.map((candidate, i) => (
          <MatchReasons key={i} candidate={candidate} name={`candidate ${i + 1}, ${personName(candidate.individual)}`} />
        ))}
      </SimpleGrid>
      {review.status === "OPEN" ? <ReviewDecision review={review} onDecided={onChanged} /> : null}
      {review.individual ? <MergedRecords person={review.individual} onChanged={onChanged} /> : null}
    </Stack>
  );
}
