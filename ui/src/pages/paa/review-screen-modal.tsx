import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { fieldMessage } from "./hub-answer.tsx";
import type { ScreenRow } from "./level-one-screens-tab.tsx";

export type ReviewDecision = "CONFIRMED" | "RETURNED_INCOMPLETE";

const ReviewScreenMutation = graphql(`
  mutation PaaReviewLevelOneScreen($input: ReviewLevelOneScreenInput!) {
    reviewLevelOneScreen(input: $input) {
      levelOneScreen {
        id
        version
        reviewStatus
        reviewedOn
        reviewFindings
        receivedCompleteOn
      }
    }
  }
`);

const titles: Record<ReviewDecision, string> = { CONFIRMED: "Accept the Level I screen", RETURNED_INCOMPLETE: "Return the Level I screen as incomplete" };

/**
 * The PAA's review of one screen, dated the hub's today: accept (OH guide: the review results
 * make it a PAS) or return it as incomplete with what is missing (IL manual IV.3; the hub
 * requires the findings when returning). Sent with the version read, so a screen someone else
 * reviewed meanwhile is refused as a CONFLICT rather than overwritten.
 */
export function ReviewScreenModal({
  screen,
  decision,
  onClose,
  onDone,
}: {
  screen: ScreenRow;
  decision: ReviewDecision;
  onClose(): void;
  onDone(answer: string): void;
}) {
  const today = useHubToday();
  const [findings, setFindings] = useState("");
  const [{ fetching, error }, review] = useMutation(ReviewScreenMutation);
  const returning = decision === "RETURNED_INCOMPLETE";
  const submit = async () => {
    const input = { screenId: screen.id, expectedVersion: screen.version, decision, reviewedOn: today, findings: findings.trim() || null };
    const result = await review({ input });
    const done = result.data?.reviewLevelOneScreen.levelOneScreen;
    if (!done) return;
    onDone(
      done.reviewStatus === "CONFIRMED"
        ? `Screen of ${screen.screenedOn} accepted on ${done.reviewedOn}; the PAS takes effect ${done.receivedCompleteOn}.`
        : `Screen of ${screen.screenedOn} returned as incomplete on ${done.reviewedOn}: ${done.reviewFindings}`,
    );
  };
  return (
    <Modal opened onClose={onClose} title={titles[decision]}>
      <Stack>
        <Text size="sm">
          Screened {screen.screenedOn}; reviewed today, {today}.
        </Text>
        <HubErrorNotice error={error} />
        <Textarea
          label={returning ? "What is incomplete or invalid" : "Notes (optional)"}
          required={returning}
          autosize
          minRows={3}
          maxLength={2000}
          value={findings}
          onChange={(event) => setFindings(event.currentTarget.value)}
          error={fieldMessage(error, "input.findings")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={fetching} onClick={() => void submit()}>
            {returning ? "Return incomplete" : "Accept screen"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
