import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The payment system's claim batch, owned by individuals (issue 20). levelofcare answers every
 * line of it at once from what the other owners hand over through `@requires`, packed
 * (packages/subgraph-kit/src/claim-batch/claim-batch.packet.ts): individuals' lines and people,
 * screenings' compliance periods and facilities' stays. Never copied, never stored; refused
 * unless the gateway vouches for the request (representation-guard.ts).
 */
@ObjectType({ description: "The answers to one batch of claim lines." })
@Directive('@key(fields: "id")')
export class ClaimBatchCoverage {
  @Directive("@inaccessible")
  @Field(() => ID, { description: "This request's batch (router-only)." })
  id!: string;

  /** Owned by individuals: the lines and the people their Medicaid IDs name. */
  @Directive("@external")
  @Field(() => String, { description: "The lines and the people their Medicaid IDs name, packed (router-only: the other owners require it)." })
  claimBatch?: string;

  /** Owned by screenings: each person's PASRR compliance periods. */
  @Directive("@external")
  @Field(() => String, {
    description:
      "Every person's PASRR compliance periods, one list per person of the batch in its order, packed (router-only: levelofcare requires it). Read and scoped as `Individual.pasrrCompliance`.",
  })
  pasrrFacts?: string;

  /** Owned by facilities: each person's stays. */
  @Directive("@external")
  @Field(() => String, {
    description:
      "Every person's stays with their facility's provider number, payers and leaves, one list per person of the batch in its order, packed (router-only: levelofcare requires it). Read and scoped as `Individual.stays`.",
  })
  stayFacts?: string;
}
