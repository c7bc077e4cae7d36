import { graphql } from "../../gql";

/**
 * The claim CSV page's one operation. In production the payment system's role is safelisted: this
 * exact text, as urql sends it, is registered in persisted-operations/medicaid-payment.json
 * (`npm run persisted:manifest` reads it from this file; test/persisted-operations.test.ts fails
 * while the two differ). Change it here, then regenerate the manifest.
 */
export const claimBatchQuery = graphql(`
  query UiClaimBatch($lines: [ClaimLineInput!]!) {
    levelOfCareClaimBatch(lines: $lines) {
      lines {
        line
        medicaidId
        providerNumber
        from
        to
        coveredSpans {
          from
          through
          levelOfCareType
          determinationId
        }
        uncoveredSpans {
          from
          through
          reason
          recordIds
        }
      }
    }
  }
`);
