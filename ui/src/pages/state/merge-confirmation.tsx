import { Button, Group, Modal, Text } from "@mantine/core";

/** Merging moves identifiers and repoints the record: the reviewer confirms it first. */
export function MergeConfirmation({
  opened,
  recordName,
  candidateName,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  recordName: string;
  candidateName: string;
  onCancel(): void;
  onConfirm(): void;
}) {
  return (
    <Modal opened={opened} onClose={onCancel} title="Merge these records?" centered closeButtonProps={{ "aria-label": "Cancel the merge" }}>
      <Text mb="md">
        The record of {recordName} will be merged into {candidateName}: its identifiers move to them and its id will resolve to them from now on. A mistaken
        merge can be undone with “Unmerge”.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirm}>
          Merge the records
        </Button>
      </Group>
    </Modal>
  );
}
