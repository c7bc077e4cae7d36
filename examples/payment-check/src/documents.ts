import { graphql } from "./gql/gql.ts";

/**
 * The payment system's claim batch: every claim line answered, in the order sent, with the billed
 * days an approved Level of Care covers (null where no person holds the line's Medicaid ID). One
 * request answers up to 10,000 lines, and the hub reads each person's records once.
 */
export const claimBatch = graphql(`
  query ClaimBatch($lines: [ClaimLineInput!]!) {
    levelOfCareClaimBatch(lines: $lines) {
      lines {
        line
        coveredSpans { from through levelOfCareType determinationId }
        uncoveredSpans { from through reason }
      }
    }
  }
`);

/**
 * The same batch as the payment system asked it before `levelOfCareClaimBatch` (the people by
 * Medicaid ID, then the lines naming each). This client no longer sends it; it stays registered
 * (persisted-operations/medicaid-payment.json is made from this file) so a payment system still
 * running the previous version keeps working in safelist mode while it moves over.
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
