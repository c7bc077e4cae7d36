import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { AssessmentInstrument } from "../../gql/graphql.ts";

const AssessmentOptionsQuery = graphql(`
  query LevelOfCareAssessmentOptions($instrument: AssessmentInstrument!) {
    levelOfCareAssessmentOptions(instrument: $instrument) {
      area
      options
    }
  }
`);

/**
 * The answers each area of an instrument accepts, as the hub's rules spell them (ULTC 100.2 "Due
 * To" conditions, CSA criteria by roman numeral): asked of the graph, so the form never offers
 * what submitting would refuse.
 */
export function useAssessmentOptions(instrument: AssessmentInstrument) {
  const [{ data, error }] = useQuery({ query: AssessmentOptionsQuery, variables: { instrument } });
  const byArea: Record<string, string[]> = Object.fromEntries((data?.levelOfCareAssessmentOptions ?? []).map(({ area, options }) => [area, options]));
  return { byArea, error, loaded: data !== undefined };
}
