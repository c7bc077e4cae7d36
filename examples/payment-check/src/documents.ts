import { graphql } from "./gql/gql.ts";

/** Who holds each claim's Medicaid ID: one request (and one database statement) for the whole file. */
export const claimHolders = graphql(`
  query ClaimHolders($identifiers: [IdentifierInput!]!) {
    individualsByIdentifiers(identifiers: $identifiers) {
      id
    }
  }
`);

/** Which days of one claim line's period at the billing provider an approved Level of Care covers. */
export const claimLineCoverage = graphql(`
  query ClaimLineCoverage($id: ID!, $from: Date!, $to: Date!, $providerNumber: String) {
    individual(id: $id) {
      levelOfCareCoverage(from: $from, to: $to, providerNumber: $providerNumber) {
        coveredSpans { from through levelOfCareType determinationId }
        uncoveredSpans { from through reason }
      }
    }
  }
`);
