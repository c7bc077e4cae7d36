import { Button, Group, Paper, Radio, Stack, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice, hubProblems } from "../../graphql/hub-error.tsx";
import { MergeConfirmation } from "./merge-confirmation.tsx";
import { personName, type NameParts } from "./person-text.ts";

const ResolveDuplicateReviewMutation = graphql(`
  mutation ResolveDuplicateReview($input: ResolveDuplicateReviewInput!) {
    resolveDuplicateReview(input: $input) {
      duplicateReview {
        id
        version
        status
        resolvedAt
        resolvedBy
        resolution
        individual {
          id
          givenName
          middleName
          familyName
          suffix
          mergedIds
        }
      }
    }
  }
`);

export interface DecidedReview {
  id: string;
  version: number;
  individual?: (NameParts & { id: string }) | null;
  candidates: { individual?: (NameParts & { id: string }) | null }[];
}

const notDuplicate = "NOT_SAME_PERSON";

/**
 * The reviewer's decision on an open review (Mutation.resolveDuplicateReview, the graph's way to
 * decide one): the same person as a chosen candidate, which merges the record into that candidate
 * after a confirmation, or not a duplicate, which remembers the pairs. The version read is sent,
 * so a decision made meanwhile by someone else is refused as CONFLICT rather than overwritten.
 */
export function ReviewDecision({ review, onDecided }: { review: DecidedReview; onDecided(answer: string): void }) {
  const [choice, setChoice] = useState<string>("");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [result, resolve] = useMutation(ResolveDuplicateReviewMutation);
  const candidate = review.candidates.find((c) => c.individual?.id === choice)?.individual;
  const submit = async () => {
    setConfirming(false);
    const same = choice !== notDuplicate;
    const answer = await resolve({
      input: {
        reviewId: review.id,
        expectedVersion: review.version,
        decision: same ? { outcome: "SAME_PERSON", candidateId: choice, reason } : { outcome: "NOT_SAME_PERSON", reason },
      },
    });
    const decided = answer.data?.resolveDuplicateReview.duplicateReview;
    if (decided) onDecided(answerText(decided));
  };
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby="decision-heading"
      onSubmit={(event) => (event.preventDefault(), choice === notDuplicate ? void submit() : setConfirming(true))}
    >
      <Stack gap="sm">
        <Title order={3} id="decision-heading">
          Decision
        </Title>
        <DecisionChoices review={review} value={choice} onChange={setChoice} />
        <Textarea
          label="Reason (kept in the people's history)"
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <HubErrorNotice error={result.error} />
        <ConflictHint error={result.error} onReload={() => onDecided("")} />
        <Group>
          <Button type="submit" disabled={!choice || !reason.trim()} loading={result.fetching}>
            Record the decision
          </Button>
        </Group>
      </Stack>
      <MergeConfirmation
        opened={confirming}
        recordName={personName(review.individual)}
        candidateName={personName(candidate)}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit()}
      />
    </Paper>
  );
}

function DecisionChoices({ review, value, onChange }: { review: DecidedReview; value: string; onChange(value: string): void }) {
  return (
    <Radio.Group label="Is the record held for review one of these people?" value={value} onChange={onChange} required>
      <Stack gap="xs" mt="xs">
        {review.candidates.map((candidate, i) =>
          candidate.individual ? (
            <Radio
              key={candidate.individual.id}
              value={candidate.individual.id}
              label={`Same person as candidate ${i + 1}, ${personName(candidate.individual)}: merge into them`}
            />
          ) : null,
        )}
        <Radio value={notDuplicate} label="Not a duplicate: different people" />
      </Stack>
    </Radio.Group>
  );
}

/** After a CONFLICT the review changed under the reviewer: reloading shows what it holds now. */
function ConflictHint({ error, onReload }: { error: Parameters<typeof hubProblems>[0]; onReload(): void }) {
  if (!hubProblems(error).some((problem) => problem.code === "CONFLICT")) return null;
  return (
    <Button variant="light" onClick={onReload} w="fit-content">
      Reload the review
    </Button>
  );
}

function answerText(decided: {
  status: string;
  resolvedBy?: string | null;
  resolvedAt?: string | null;
  individual?: (NameParts & { id: string; mergedIds: string[] }) | null;
}): string {
  if (decided.status === "SAME_PERSON")
    return `The hub merged the record into ${personName(decided.individual)} (${decided.individual?.id ?? "?"}), who now holds ${decided.individual?.mergedIds.length ?? 0} merged record(s). Decided by ${decided.resolvedBy ?? "?"}.`;
  return `The hub recorded the two as different people; the pair will not be proposed again. Decided by ${decided.resolvedBy ?? "?"}.`;
}
