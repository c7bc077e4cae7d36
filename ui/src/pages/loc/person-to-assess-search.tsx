import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql, readFragment, type FragmentType } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import type { PersonToAssess } from "./assessment-input.ts";

const CandidateFields = graphql(`
  fragment PersonToAssessCandidate on MatchCandidate {
    score
    individual {
      id
      givenName
      familyName
      birthDate
      county
      currentStay {
        id
        facility {
          id
          name
          county
        }
      }
    }
  }
`);

const SearchQuery = graphql(`
  query PersonToAssessSearch($criteria: IndividualSearchInput!) {
    searchIndividuals(criteria: $criteria, first: 20) {
      edges {
        node {
          ...PersonToAssessCandidate
        }
      }
    }
  }
`);

type Candidate = ReturnType<typeof readCandidate>;
type Person = NonNullable<Candidate["individual"]>;
const readCandidate = (node: FragmentType<typeof CandidateFields>) => readFragment(CandidateFields, node);
const nameOf = (person: Person) => [person.givenName, person.familyName].filter(Boolean).join(" ") || person.id;

const columns: WorklistColumn<Person>[] = [
  { id: "name", header: "Name", accessorFn: nameOf },
  { id: "birthDate", header: "Born", accessorFn: (person) => person.birthDate ?? "—" },
  { id: "county", header: "County of residence", accessorFn: (person) => person.county },
  // The facilities service shows only stays the PAA may see: a stay in its counties.
  {
    id: "stay",
    header: "Current stay you may see",
    accessorFn: (person) => (person.currentStay ? `${person.currentStay.facility.name} (${person.currentStay.facility.county})` : "—"),
  },
];

/** Finds the person to assess by name (Query.searchIndividuals, which a PAA may use); the hub decides whether they are in the PAA's scope when scored. */
export function PersonToAssessSearch({ onAssess }: { onAssess(person: PersonToAssess): void }) {
  const [familyName, setFamilyName] = useState("");
  const [givenName, setGivenName] = useState("");
  const [criteria, setCriteria] = useState<{ familyName: string; givenName?: string }>();
  const [{ data, error, fetching }] = useQuery({ query: SearchQuery, variables: { criteria: criteria ?? { familyName: "" } }, pause: !criteria });
  const people = (data?.searchIndividuals.edges ?? []).flatMap((edge) => readCandidate(edge.node).individual ?? []);
  return (
    <Stack>
      <Group
        component="form"
        align="flex-end"
        role="search"
        aria-label="Find a person to assess"
        onSubmit={(event) => {
          event.preventDefault();
          setCriteria({ familyName: familyName.trim(), ...(givenName.trim() ? { givenName: givenName.trim() } : {}) });
        }}
      >
        <TextInput label="Family name" required value={familyName} onChange={(event) => setFamilyName(event.currentTarget.value)} />
        <TextInput label="Given name" value={givenName} onChange={(event) => setGivenName(event.currentTarget.value)} />
        <Button type="submit" loading={fetching}>
          Search
        </Button>
      </Group>
      <HubErrorNotice error={error} />
      {data ? (
        <WorklistTable
          label="People found"
          rows={people}
          columns={columns}
          rowKey={(person) => person.id}
          action={(person) => (
            <Button
              size="xs"
              variant="light"
              onClick={() => onAssess({ id: person.id, name: nameOf(person), facilityId: person.currentStay?.facility.id ?? null })}
            >
              Assess {nameOf(person)}
            </Button>
          )}
          empty="Nobody matches that name."
        />
      ) : (
        <Text size="sm" c="dimmed">
          Search by name, or pick a renewal from the renewals list.
        </Text>
      )}
    </Stack>
  );
}
