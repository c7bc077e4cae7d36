import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The payment system's claim batch, answered once for the whole batch (issue 20). individuals
 * owns it because it owns the Medicaid IDs: it resolves every line to a person and packs the
 * lines with the people (`claimBatch`, packages/subgraph-kit/src/claim-batch/claim-batch.packet.ts)
 * for screenings and facilities to answer each person's facts, and levelofcare each line, every
 * one of them in ONE representation. Both fields are for the router only (`@inaccessible`).
 */
@ObjectType({ description: "The answers to one batch of claim lines." })
@Directive('@key(fields: "id")')
export class ClaimBatchCoverage {
  @Directive("@inaccessible")
  @Field(() => ID, { description: "This request's batch (router-only)." })
  id!: string;

  @Directive("@inaccessible")
  @Field(() => String, { description: "The lines and the people their Medicaid IDs name, packed (router-only: the other owners require it)." })
  claimBatch!: string;
}
