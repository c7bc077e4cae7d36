import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";

/**
 * A person's identifiers, owned by the individuals subgraph. levelofcare never stores them: the
 * claim check receives them through `@requires` to tell which claim lines name which person.
 * Names and types match the individuals subgraph exactly.
 */
export const IdentifierType = {
  SSN: "SSN",
  MEDICAID_ID: "MEDICAID_ID",
  MEDICARE_MBI: "MEDICARE_MBI",
  STATE_CLIENT_ID: "STATE_CLIENT_ID",
  FACILITY_MRN: "FACILITY_MRN",
  OTHER: "OTHER",
} as const;
export type IdentifierType = (typeof IdentifierType)[keyof typeof IdentifierType];
registerEnumType(IdentifierType, { name: "IdentifierType", description: "Kinds of identifier other systems give a person." });

@ObjectType({ description: "An identifier of a person, as issued by another system." })
export class Identifier {
  @Directive("@external")
  @Field(() => IdentifierType, { description: "Kind of identifier." })
  type!: IdentifierType;

  @Directive("@external")
  @Field(() => String, { description: "Who issued it: SSA, CMS, a state code, a state program or a facility id." })
  issuer!: string;

  @Directive("@external")
  @Field(() => String, { description: "The identifier in its normal form." })
  value!: string;
}
