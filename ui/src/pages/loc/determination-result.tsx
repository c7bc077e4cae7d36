import { Alert, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { graphql, readFragment, type FragmentType } from "../../gql";

export const DeterminationResultFields = graphql(`
  fragment DeterminationResultFields on LevelOfCareDetermination {
    id
    decision
    levelOfCareType
    reviewKind
    effectiveFrom
    effectiveThrough
    determinedAt
    county
    medicaidId
    pasrrRequirementsMetOn
    facility {
      id
      name
    }
    notices {
      id
      issuedOn
      appealDeadline
    }
  }
`);

/** The determination as the hub recorded it: the decision, its dates, and for a denial the notice with its appeal deadline. */
export function DeterminationResult({ determination }: { determination: FragmentType<typeof DeterminationResultFields> }) {
  const recorded = readFragment(DeterminationResultFields, determination);
  const rows: [string, ReactNode][] = [
    ["Decision", recorded.decision === "APPROVED" ? "Approved" : "Denied"],
    ["Level of care", recorded.levelOfCareType.replace(/_/g, " ").toLowerCase()],
    ["Review kind", recorded.reviewKind.toLowerCase()],
    ["Effective", `${recorded.effectiveFrom} – ${recorded.effectiveThrough ?? "no end date (long-term)"}`],
    ["Facility", recorded.facility?.name ?? "—"],
    ["County", recorded.county ?? "—"],
    ["Medicaid ID", recorded.medicaidId ?? "—"],
    ["PASRR requirements met on", recorded.pasrrRequirementsMetOn ?? "—"],
    ["Recorded at", recorded.determinedAt],
    ...recorded.notices.map((notice): [string, ReactNode] => ["Notice", `issued ${notice.issuedOn}; appeal by ${notice.appealDeadline}`]),
  ];
  return (
    <Alert color={recorded.decision === "APPROVED" ? "green" : "orange"} title="Determination recorded" data-determination-id={recorded.id} role="status">
      <Text size="sm" mb="xs">
        The hub recorded determination{" "}
        <Text span ff="monospace">
          {recorded.id}
        </Text>
        .
      </Text>
      <Table aria-label="The recorded determination" data-decision={recorded.decision}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
