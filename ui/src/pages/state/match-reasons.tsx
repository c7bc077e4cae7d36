import { Table, Text } from "@mantine/core";
import { graphql, readFragment, type FragmentType } from "../../gql";

/** Why the registration resembled a candidate: the per-field comparison the matcher scored. */
export const MatchReasonsFragment = graphql(`
  fragment MatchReasons on MatchCandidate {
    score
    via
    reasons {
      field
      agreement
      weight
    }
  }
`);

/** The matcher's agreement levels in words (the API's enum descriptions). */
const agreementWords: Record<string, string> = {
  EXACT: "the same",
  NICKNAME: "a familiar form of the same name",
  ONE_EDIT: "one keying error apart",
  PHONETIC: "sounds alike",
  SIMILAR: "spelt alike",
  PART: "one part of a compound name",
  INITIAL: "an initial that agrees",
  SWAPPED: "given and family name swapped",
  DAY_MONTH_SWAP: "day and month swapped",
  ONE_DIGIT: "one digit different",
  DIGITS_TRANSPOSED: "two digits transposed",
  SAME_ZIP: "same ZIP code, other street",
  LAST_FOUR: "last four digits agree",
  DIFFERENT: "different",
  CONFLICT: "cannot both be this person's (never merged by the machine)",
  MISSING: "one side does not say",
  TRANSPOSED: "day and month swapped",
  TYPO: "a birth-date digit mistyped",
};

const viaWords: Record<string, string> = {
  RECORD: "the person's record as it stands",
  PREVIOUS_NAME: "a name the person was known by before",
  MERGED_RECORD: "a record merged into the person",
};

/** A candidate's score and, field by field, how the two records agreed and what that weighed. */
export function MatchReasons({ candidate, name }: { candidate: FragmentType<typeof MatchReasonsFragment>; name: string }) {
  const match = readFragment(MatchReasonsFragment, candidate);
  return (
    <Table withTableBorder aria-label={`Match reasons for ${name}`} data-reasons={name}>
      <Table.Caption c="dark.7">
        Score {match.score.toFixed(2)} for {name}, compared with {viaWords[match.via] ?? match.via}. A positive weight is evidence of the same person, a
        negative one against.
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Field</Table.Th>
          <Table.Th scope="col">Agreement</Table.Th>
          <Table.Th scope="col">Weight</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {match.reasons.map((reason) => (
          <Table.Tr key={reason.field} data-reason={reason.field}>
            <Table.Th scope="row">{reason.field.replace(/_/g, " ").toLowerCase()}</Table.Th>
            <Table.Td>{agreementWords[reason.agreement] ?? reason.agreement}</Table.Td>
            <Table.Td>
              <Text span ff="monospace" c={reason.weight < 0 ? "red.9" : undefined}>
                {reason.weight > 0 ? "+" : ""}
                {reason.weight.toFixed(2)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
