import { Text } from "@mantine/core";
import { createContext, useContext, type ReactNode } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";

const FacilityNamesQuery = graphql(`
  query PaaFacilityNames {
    facilities(first: 100) {
      edges {
        node {
          id
          name
          county
        }
      }
    }
  }
`);

const NamesContext = createContext<ReadonlyMap<string, string>>(new Map());

/** The registry's facility names (public data), read once for every worklist of the page. */
export function FacilityNamesProvider({ children }: { children: ReactNode }) {
  const [{ data }] = useQuery({ query: FacilityNamesQuery });
  const names = new Map((data?.facilities.edges ?? []).map(({ node }) => [node.id, `${node.name}, ${node.county}`]));
  return <NamesContext.Provider value={names}>{children}</NamesContext.Provider>;
}

/** A facility by its registry name, or its id when the registry's first page does not hold it. */
export function FacilityName({ id }: { id: string | null | undefined }) {
  const names = useContext(NamesContext);
  if (!id)
    return (
      <Text span c="gray.7">
        —
      </Text>
    );
  return <Text span>{names.get(id) ?? id}</Text>;
}
