import { Text, TextInput } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { personName } from "./census-words.ts";

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

/** A person by the hub id the facility was given (Query.individual: every role, by id), named back to confirm. */
export function PersonById({ value, onChange, error }: { value: string; onChange(id: string): void; error?: string }) {
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
