import { Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { fieldMessage } from "./hub-answer.tsx";
import type { RequestRow } from "./categorical-requests-tab.tsx";

const DecideCategoricalMutation = graphql(`
  mutation PaaDecideCategorical($input: DecideCategoricalInput!) {
    decideCategorical(input: $input) {
      levelOneScreen {
        id
        version
        outcome
        categoricalStatus
        validThrough
      }
      categoricalDecision {
        id
        decision
        decidedOn
        reason
      }
    }
  }
`);

type Decision = "GRANTED" | "DENIED";

/** The hub's answer in words: what the screen's outcome now is. */
function answerText(decision: { decision: string; decidedOn: string }, screen: { outcome: string; validThrough?: string | null }): string {
  const outcome = screen.outcome.replace(/_/g, " ").toLowerCase();
  const until = screen.validThrough ? `, valid through ${screen.validThrough}` : "";
  return `Categorical ${decision.decision.toLowerCase()} on ${decision.decidedOn}; the screen's outcome is now ${outcome}${until}.`;
}

/**
 * Grant or deny a categorical, dated the hub's today, with the reason the hub requires: why no
 * Level II is done (CO 8.401.184 F) or why the categorical is denied.
 */
export function DecideCategoricalModal({ request, onClose, onDone }: { request: RequestRow; onClose(): void; onDone(answer: string): void }) {
  const today = useHubToday();
  const [decision, setDecision] = useState<Decision>("GRANTED");
  const [reason, setReason] = useState("");
  const [{ fetching, error }, decide] = useMutation(DecideCategoricalMutation);
  const submit = async () => {
    const input = { screenId: request.id, expectedVersion: request.version, decision, decidedOn: today, reason: reason.trim() };
    const result = await decide({ input });
    const done = result.data?.decideCategorical;
    if (done) onDone(answerText(done.categoricalDecision, done.levelOneScreen));
  };
  return (
    <Modal opened onClose={onClose} title="Decide the categorical request">
      <Stack>
        <Text size="sm">
          Screened {request.screenedOn}; decided today, {today}.
        </Text>
        <HubErrorNotice error={error} />
        <Radio.Group label="Decision" value={decision} onChange={(value) => setDecision(value as Decision)} required>
          <Group mt="xs">
            <Radio value="GRANTED" label="Grant" />
            <Radio value="DENIED" label="Deny" />
          </Group>
        </Radio.Group>
        <Textarea
          label="Reason"
          description="Why no Level II is needed, or why the categorical is denied"
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={fieldMessage(error, "input.reason")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={fetching} onClick={() => void submit()}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
