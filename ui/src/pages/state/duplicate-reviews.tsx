import { Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { DuplicateReviewDetail } from "./duplicate-review-detail.tsx";
import { DuplicateReviewQueue } from "./duplicate-review-queue.tsx";

/**
 * The state agency's duplicate-review queue (issue 23): possible duplicates the registration held
 * for a person to decide, each opened side by side with the people it resembles and why, decided
 * as the same person (merged) or not a duplicate, and a mistaken merge undone.
 */
export default function DuplicateReviews() {
  const [params, setParams] = useSearchParams();
  const reviewId = params.get("review");
  const open = (id: string | null) => setParams(id ? { review: id } : {});
  const [refresh, setRefresh] = useState(0);
  return (
    <Stack gap="lg">
      <Title order={1}>Duplicate reviews</Title>
      <Text c="gray.7" maw={760}>
        Registrations the hub could not match with certainty wait here. Open one to compare the records and the match reasons, then decide: the same person (the
        records are merged) or not a duplicate (the pair is never proposed again).
      </Text>
      <DuplicateReviewQueue selectedId={reviewId} onOpen={open} refresh={refresh} />
      {reviewId ? <DuplicateReviewDetail key={reviewId} reviewId={reviewId} onClose={() => open(null)} onChanged={() => setRefresh((n) => n + 1)} /> : null}
    </Stack>
  );
}
