// One input for the two subgraphs that take claim lines (individuals resolves them, levelofcare answers them): the supergraph merges input types field by field, so both must agree.
import { Field, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";

@InputType({ description: "One line of a Medicaid claim: the person by Medicaid ID, the facility by provider number, and the days billed." })
export class ClaimLineInput {
  @Field(() => String, { description: "The payment system's own reference for the line, echoed back in the answer." })
  line!: string;

  @Field(() => String, { description: "The person's Medicaid ID; spaces and dashes are ignored." })
  medicaidId!: string;

  @Field(() => String, { description: "The state that issued the Medicaid ID (USPS code, e.g. OH)." })
  issuer!: string;

  @Field(() => String, { nullable: true, description: "The facility billing, by Medicaid provider number; omit for any facility." })
  providerNumber?: string | null;

  @Field(() => DateScalar, { description: "The first day billed." })
  from!: string;

  @Field(() => DateScalar, { description: "The last day billed (included)." })
  to!: string;
}
