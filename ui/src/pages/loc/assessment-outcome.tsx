import { Badge, Group, Paper, Table, Text, Title } from "@mantine/core";
import { graphql, readFragment, type FragmentType } from "../../gql";

export const CriterionFindingFields = graphql(`
  fragment CriterionFindingFields on CriterionFinding {
    criterion
    met
    detail
    source
  }
`);

interface AssessmentOutcomeProps {
  /** Names the panel: "Live score" while filling in, "Recorded assessment" after submitting. */
  title: string;
  meets: boolean;
  findings: FragmentType<typeof CriterionFindingFields>[];
  /** Set while the answers shown are not yet the ones scored. */
  stale?: boolean;
}

/** The hub's outcome and its explanation: each criterion of the instrument, met or not, why, and the rule it comes from. */
export function AssessmentOutcome({ title, meets, findings, stale = false }: AssessmentOutcomeProps) {
  const rows = findings.map((finding) => readFragment(CriterionFindingFields, finding));
  const outcome = meets ? "Meets nursing-facility level of care" : "Does not meet nursing-facility level of care";
  return (
    <Paper withBorder p="sm" aria-busy={stale} aria-label={title} component="section">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Badge color={meets ? "teal.9" : "dark"} variant={meets ? "filled" : "outline"} size="lg" data-outcome={meets ? "met" : "not-met"}>
          {outcome}
        </Badge>
      </Group>
      <Table mt="xs" aria-label={`${title}: criteria`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Criterion</Table.Th>
            <Table.Th>Met</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th>Rule</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((finding) => (
            <Table.Tr key={finding.criterion} data-criterion={finding.criterion} data-met={finding.met}>
              <Table.Td>{finding.criterion.replace(/_/g, " ").toLowerCase()}</Table.Td>
              <Table.Td>
                <Text span fw={600} c={finding.met ? "teal.9" : "dark"}>
                  {finding.met ? "Met" : "Not met"}
                </Text>
              </Table.Td>
              <Table.Td>{finding.detail}</Table.Td>
              <Table.Td>
                <Text size="xs">{finding.source}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
