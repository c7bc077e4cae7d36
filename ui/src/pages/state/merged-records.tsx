import { Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql, readFragment, type FragmentType } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { instantText } from "./instant-text.ts";
import { mergesOf, type MergeSeen } from "./merges.rules.ts";
import { personName } from "./person-text.ts";

/** A person's merges as their identity history tells them (MERGED and UNMERGED events). */
export const MergedRecordsFragment = graphql(`
  fragment MergedRecordsOf on Individual {
    id
    mergedIds
    history {
      id
      kind
      individualId
      relatedIndividualId
      reason
      occurredAt
      actorOrganisation
      before
    }
  }
`);

const UnmergeIndividualMutation = graphql(`
  mutation UnmergeIndividual($input: UnmergeIndividualInput!) {
    unmergeIndividual(input: $input) {
      restored {
        id
        status
        givenName
        middleName
        familyName
        suffix
      }
      survivor {
        id
        givenName
        middleName
        familyName
        suffix
        mergedIds
      }
    }
  }
`);

/**
 * The records merged into this person, each with "Unmerge" (Mutation.unmergeIndividual: undoes
 * that record's latest merge exactly and remembers the two as different people), and merges
 * already undone.
 */
export function MergedRecords({ person, onChanged }: { person: FragmentType<typeof MergedRecordsFragment>; onChanged(answer: string): void }) {
  const { id, history } = readFragment(MergedRecordsFragment, person);
  const merges = mergesOf(id, history);
  if (merges.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="merges-heading">
      <Title order={3} id="merges-heading" mb="xs">
        Merges
      </Title>
      <Stack gap="sm">
        {merges.map((merge) => (
          <MergeLine key={merge.eventId} merge={merge} onChanged={onChanged} />
        ))}
      </Stack>
    </Paper>
  );
}

function MergeLine({ merge, onChanged }: { merge: MergeSeen; onChanged(answer: string): void }) {
  const [open, setOpen] = useState(false);
  return (
    <Group justify="space-between" data-merge={merge.mergedId} data-undone={merge.undoneAt ? "true" : undefined}>
      <Text>
        Record {merge.mergedId} ({merge.mergedName}) merged into {merge.survivorId} {instantText(merge.mergedAt)} by {merge.by}: “{merge.reason}”.
        {merge.undoneAt ? ` Unmerged ${instantText(merge.undoneAt)}: the two are separate people again.` : ""}
      </Text>
      {merge.undoneAt ? null : (
        <Button variant="light" color="red" onClick={() => setOpen(true)}>
          Unmerge {merge.mergedName}
        </Button>
      )}
      <UnmergeDialog merge={merge} opened={open} onClose={() => setOpen(false)} onChanged={onChanged} />
    </Group>
  );
}

function UnmergeDialog({ merge, opened, onClose, onChanged }: { merge: MergeSeen; opened: boolean; onClose(): void; onChanged(answer: string): void }) {
  const [reason, setReason] = useState("");
  const [result, unmerge] = useMutation(UnmergeIndividualMutation);
  const submit = async () => {
    const answer = await unmerge({ input: { mergedId: merge.mergedId, reason } });
    const done = answer.data?.unmergeIndividual;
    if (!done) return;
    onClose();
    onChanged(
      `The hub separated ${personName(done.restored)} (${done.restored.id}, now ${done.restored.status.toLowerCase()}) from ${personName(done.survivor)} (${done.survivor.id}), and will not propose the pair again.`,
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Unmerge this record?" centered closeButtonProps={{ "aria-label": "Cancel the unmerge" }}>
      <Stack gap="sm">
        <Text>{merge.mergedName}’s record gets back its identifiers and its own id; the two will be remembered as different people.</Text>
        <Textarea label="Reason for the unmerge (kept in history)" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        <HubErrorNotice error={result.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" disabled={!reason.trim()} loading={result.fetching} onClick={() => void submit()}>
            Unmerge the records
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
