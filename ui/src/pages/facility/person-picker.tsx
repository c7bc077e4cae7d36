import { SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { personName } from "./census-words.ts";
import { PersonById } from "./person-by-id.tsx";

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

/**
 * The person whose event a correction fixes: a resident on today's census, or, for someone who
 * has left (a discharge entered wrongly), the hub id the facility holds for them.
 */
export function CorrectionPersonPicker({ facilityId, value, onChange, error }: PickerProps) {
  const [mode, setMode] = useState<"resident" | "id">("resident");
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="correct-person-mode">
        Whose event
      </Text>
      <SegmentedControl
        aria-labelledby="correct-person-mode"
        value={mode}
        onChange={(next) => (setMode(next as "resident" | "id"), onChange(""))}
        data={[
          { value: "resident", label: "On today's census" },
          { value: "id", label: "Left: by hub id" },
        ]}
      />
      {mode === "resident" ? (
        <ResidentPicker facilityId={facilityId} value={value} onChange={onChange} error={error} />
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
