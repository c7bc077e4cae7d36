import { SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { personName } from "./census-words.ts";

const ResidentsToPickQuery = graphql(`
  query ResidentsToPick($facilityId: ID!) {
    facility(id: $facilityId) {
      id
      residents {
        individual {
          id
          givenName
          familyName
        }
      }
    }
  }
`);

/** People linked to the facility before admission: the Level II referrals naming it (OWN_FACILITIES scope). */
const LinkedPeopleQuery = graphql(`
  query PeopleLinkedToFacility($facilityId: ID!) {
    levelTwoReferrals(first: 100, filter: { facilityId: $facilityId }) {
      edges {
        node {
          id
          individual {
            id
            givenName
            familyName
          }
        }
      }
    }
  }
`);

const PersonByIdQuery = graphql(`
  query PersonToAdmit($id: ID!) {
    individual(id: $id) {
      id
      givenName
      familyName
      birthDate
    }
  }
`);

interface PickerProps {
  facilityId: string;
  value: string;
  onChange(individualId: string): void;
  error?: string;
}

/** A resident on today's census: leaves, returns, discharges and the rest are about someone living here. */
export function ResidentPicker({ facilityId, value, onChange, error }: PickerProps) {
  const [{ data, error: hubError }] = useQuery({ query: ResidentsToPickQuery, variables: { facilityId } });
  const options = (data?.facility?.residents ?? []).map(({ individual }) => ({ value: individual.id, label: personName(individual) }));
  return (
    <>
      <HubErrorNotice error={hubError} />
      <Select
        label="Resident"
        placeholder="Choose a resident"
        data={options}
        value={value || null}
        onChange={(id) => onChange(id ?? "")}
        error={error}
        required
        searchable
      />
    </>
  );
}

/**
 * The person to admit: one the hub already links to this facility (a Level II referral naming it),
 * or any person by the hub id the facility was given. A NF may not search people broadly
 * (docs/access-matrix.md: Query.individuals and searchIndividuals are not a NF's).
 */
export function AdmissionPersonPicker({ facilityId, value, onChange, error }: PickerProps) {
  const [mode, setMode] = useState<"linked" | "id">("linked");
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="admit-person-mode">
        Person to admit
      </Text>
      <SegmentedControl
        aria-labelledby="admit-person-mode"
        value={mode}
        onChange={(next) => (setMode(next as "linked" | "id"), onChange(""))}
        data={[
          { value: "linked", label: "Linked to this facility" },
          { value: "id", label: "By hub id" },
        ]}
      />
      {mode === "linked" ? (
        <LinkedPeopleSelect facilityId={facilityId} value={value} onChange={onChange} error={error} />
      ) : (
        <PersonById value={value} onChange={onChange} error={error} />
      )}
    </Stack>
  );
}

function LinkedPeopleSelect({ facilityId, value, onChange, error }: PickerProps) {
  const [{ data, error: hubError }] = useQuery({ query: LinkedPeopleQuery, variables: { facilityId } });
  const people = new Map((data?.levelTwoReferrals.edges ?? []).map(({ node }) => [node.individual.id, personName(node.individual)]));
  const options = [...people].map(([id, label]) => ({ value: id, label }));
  return (
    <>
      <HubErrorNotice error={hubError} />
      <Select
        label="Person linked to this facility"
        description="People whose Level II referral names this facility"
        styles={{ description: { color: "var(--mantine-color-gray-7)" } }}
        placeholder={options.length ? "Choose a person" : "No one is linked yet; use the hub id"}
        data={options}
        value={value || null}
        onChange={(id) => onChange(id ?? "")}
        error={error}
        searchable
      />
    </>
  );
}

function PersonById({ value, onChange, error }: Omit<PickerProps, "facilityId">) {
  const id = value.trim();
  const [{ data, error: hubError }] = useQuery({ query: PersonByIdQuery, variables: { id }, pause: !/^[0-9a-f-]{36}$/i.test(id) });
  return (
    <>
      <TextInput label="Hub id of the person" value={value} onChange={(event) => onChange(event.currentTarget.value)} error={error} required ff="monospace" />
      <HubErrorNotice error={hubError} />
      {data && (
        <Text size="sm" role="status" data-person-found={data.individual?.id ?? ""}>
          {data.individual ? `${personName(data.individual)}, born ${data.individual.birthDate ?? "—"}` : "No person on the hub has this id."}
        </Text>
      )}
    </>
  );
}
