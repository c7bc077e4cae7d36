import { Anchor, Button, Group, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { graphql, readFragment, type FragmentType } from "../../gql";
import { outcomeInWords, recipientInWords } from "../notices/notice-words.ts";

export const RecordedDeterminationFragment = graphql(`
  fragment RecordedDetermination on LevelTwoDetermination {
    id
    outcome
    outcomeSource
    approvedThrough
    specializedServicesProvider
    determinedOn
    referral {
      id
      status
      version
    }
    followUpReferral {
      id
      dueOn
    }
    notices {
      id
      recipient
      recipientFacilityId
      copy
      appealDeadline
    }
  }
`);

/** What the hub recorded: the outcome it derived (never typed in), the referral closed, and the notices it issued. */
export function DeterminationRecorded({ determination, onClose }: { determination: FragmentType<typeof RecordedDeterminationFragment>; onClose(): void }) {
  const d = readFragment(RecordedDeterminationFragment, determination);
  return (
    <Stack gap="sm" data-recorded-determination={d.id}>
      <Text role="status">
        Outcome: <strong>{outcomeInWords[d.outcome]}</strong>
        {d.approvedThrough ? `, approved through ${d.approvedThrough}` : ""}. The referral is now {d.referral.status === "DETERMINED" ? "determined" : "open"}.
      </Text>
      <Text size="sm" c="gray.7">
        Derived by the hub under {d.outcomeSource}.
      </Text>
      {d.followUpReferral ? <Text size="sm">A referral for the final determination is open, due {d.followUpReferral.dueOn}.</Text> : null}
      <Table aria-label="Notices issued">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Recipient</Table.Th>
            <Table.Th>Original or copy</Table.Th>
            <Table.Th>Appeal deadline</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.notices.map((notice) => (
            <Table.Tr key={notice.id}>
              <Table.Td>{recipientInWords[notice.recipient]}</Table.Td>
              <Table.Td>{notice.copy ? "Copy" : "Original"}</Table.Td>
              <Table.Td>{notice.appealDeadline}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {d.notices.length === 0 ? <Text size="sm">No notice is addressed to your organisation.</Text> : null}
      <Group justify="space-between">
        <Anchor component={Link} to={`/notices/level-two/${d.referral.id}`}>
          Open the notices as printable letters
        </Anchor>
        <Button variant="default" onClick={onClose}>
          Back to the worklist
        </Button>
      </Group>
    </Stack>
  );
}
