import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The payment system's claim batch, owned by individuals (issue 20). Facilities answers the stays
 * of every person of the batch at once, from the packed lines and people individuals hands over
 * through `@requires` (vouched: representation-guard.ts).
 */
@ObjectType({ description: "The answers to one batch of claim lines." })
@Directive('@key(fields: "id")')
export class ClaimBatchCoverage {
  @Directive("@inaccessible")
  @Field(() => ID, { description: "This request's batch (router-only)." })
  id!: string;

  /** Owned by individuals: the lines and the people their Medicaid IDs name, packed. */
  @Directive("@external")
  @Field(() => String, { description: "The lines and the people their Medicaid IDs name, packed (router-only: the other owners require it)." })
  claimBatch?: string;
}
