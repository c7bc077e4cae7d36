import { graphql } from "./gql/gql.ts";

/**
 * The payment system's claim batch: the people holding the batch's Medicaid IDs (one database
 * statement), and for each, the batch's claim lines naming one of its Medicaid IDs, answered with
 * the billed days an approved Level of Care covers. One request answers the whole batch.
 */
export const claimBatchCoverage = graphql(`
  query ClaimBatchCoverage($identifiers: [IdentifierInput!]!, $lines: [ClaimLineInput!]!) {
    individualsByIdentifiers(identifiers: $identifiers) {
      id
      levelOfCareClaimCoverage(lines: $lines) {
        line
        coveredSpans { from through levelOfCareType determinationId }
        uncoveredSpans { from through reason }
      }
    }
  }
`);
