import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { CoveredSpan, UncoveredSpan } from "../coverage/coverage.type.ts";

@ObjectType({ description: "The answer to one claim line: which of its days a Level of Care covers, and why the others are not covered." })
export class ClaimLineCoverage {
  @Field(() => String, { description: "The payment system's reference for the line, as sent." })
  line!: string;
  @Field(() => String, { description: "The Medicaid ID as sent." })
  medicaidId!: string;
  @Field(() => String, { nullable: true, description: "The facility asked about, by provider number; null for any facility." })
  providerNumber!: string | null;
  @Field(() => DateScalar, { description: "The first day billed." })
  from!: string;
  @Field(() => DateScalar, { description: "The last day billed (included)." })
  to!: string;
  @Field(() => [CoveredSpan], { description: "Days covered, by which determination, in date order." })
  coveredSpans!: CoveredSpan[];
  @Field(() => [UncoveredSpan], { description: "Days not covered, with the reason, in date order." })
  uncoveredSpans!: UncoveredSpan[];
}
