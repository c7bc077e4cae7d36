import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { FacilityType } from "../../gql/graphql.ts";

const FacilityRegistryQuery = graphql(`
  query FacilityRegistry {
    facilities(first: 100) {
      edges {
        node {
          id
          name
          providerNumber
          type
        }
      }
    }
  }
`);

export interface RegistryFacility {
  id: string;
  name: string;
  providerNumber: string;
  type: FacilityType;
}

/**
 * The public facility registry (Query.facilities: every role may read it), for naming the
 * token's facilities and choosing a transfer's receiving facility or an admission's source.
 */
export function useFacilityRegistry() {
  const [{ data, error }] = useQuery({ query: FacilityRegistryQuery });
  const facilities: RegistryFacility[] = (data?.facilities.edges ?? []).map(({ node }) => node);
  const label = (id: string) => {
    const found = facilities.find((facility) => facility.id === id);
    return found ? `${found.name} (${found.providerNumber})` : id;
  };
  return { facilities, label, error };
}
