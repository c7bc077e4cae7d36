import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { graphql, readFragment, type FragmentType } from "../../gql";

export const PersonNameFragment = graphql(`
  fragment PaaPersonName on Individual {
    id
    givenName
    familyName
  }
`);

/** The person a row is about, by name, linking to their timeline. */
export function PersonName({ person }: { person: FragmentType<typeof PersonNameFragment> | null | undefined }) {
  const individual = readFragment(PersonNameFragment, person);
  if (!individual) return null;
  const name = [individual.givenName, individual.familyName].filter(Boolean).join(" ") || individual.id;
  return (
    <Anchor component={Link} to={`/people/${individual.id}`}>
      {name}
    </Anchor>
  );
}

/** What a Person column sorts by: family name, then given name. */
export function personSortKey(person: FragmentType<typeof PersonNameFragment> | null | undefined): string {
  const individual = readFragment(PersonNameFragment, person);
  return individual ? `${individual.familyName ?? ""} ${individual.givenName ?? ""} ${individual.id}` : "";
}
