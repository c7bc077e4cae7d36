import { Badge, Table, Text } from "@mantine/core";
import { graphql, readFragment, type DocumentType, type FragmentType } from "../../gql";
import { personName } from "./person-text.ts";

/** What the graph tells of a person that a reviewer compares: names, birth date, sex, address, identifiers. */
export const ComparedPersonFragment = graphql(`
  fragment ComparedPerson on Individual {
    id
    status
    givenName
    middleName
    familyName
    suffix
    birthDate
    sex
    addressLine1
    addressLine2
    city
    postalCode
    county
    state
    otherNames {
      givenName
      middleName
      familyName
      suffix
      kind
    }
    identifiers {
      id
      type
      issuer
      value
      validThrough
    }
  }
`);

type ComparedPerson = DocumentType<typeof ComparedPersonFragment>;

export interface ComparedColumn {
  heading: string;
  person: FragmentType<typeof ComparedPersonFragment> | null | undefined;
}

const missing = "not given";

/** Each compared line: its label and how one person's record reads on it. */
const lines: { label: string; text(person: ComparedPerson): string }[] = [
  { label: "Name", text: (p) => personName(p) },
  { label: "Other names", text: (p) => p.otherNames.map((n) => `${personName(n)} (${n.kind.toLowerCase()})`).join("; ") || missing },
  { label: "Birth date", text: (p) => p.birthDate ?? missing },
  { label: "Sex", text: (p) => p.sex.toLowerCase() },
  { label: "Address", text: (p) => [p.addressLine1, p.addressLine2, p.city, p.postalCode].filter(Boolean).join(", ") || missing },
  { label: "County, state", text: (p) => `${p.county}, ${p.state}` },
  {
    label: "Identifiers",
    text: (p) =>
      p.identifiers.map((i) => `${i.type.replace(/_/g, " ")} ${i.value} (${i.issuer})${i.validThrough ? `, ended ${i.validThrough}` : ""}`).join("; ") ||
      "none",
  },
  { label: "Hub id", text: (p) => p.id },
];

/** The records side by side, one column each, one row per field; a line that differs is marked in words. */
export function RecordComparison({ columns, caption }: { columns: ComparedColumn[]; caption: string }) {
  const people = columns.map((column) => (column.person ? readFragment(ComparedPersonFragment, column.person) : null));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders aria-label="Records compared" data-comparison>
        <Table.Caption c="dark.7">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            {columns.map((column, i) => (
              <Table.Th key={i} scope="col">
                {column.heading}
                {people[i]?.status === "MERGED" ? <Badge ml="xs">merged</Badge> : null}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => {
            const texts = people.map((person) => (person ? line.text(person) : "no longer on record"));
            const differs = line.label !== "Hub id" && new Set(texts).size > 1;
            return (
              <Table.Tr key={line.label} data-field={line.label}>
                <Table.Th scope="row">
                  {line.label}
                  {differs ? (
                    <Text span size="xs" fs="italic" ml={4}>
                      (differs)
                    </Text>
                  ) : null}
                </Table.Th>
                {texts.map((text, i) => (
                  <Table.Td key={i}>{text}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
