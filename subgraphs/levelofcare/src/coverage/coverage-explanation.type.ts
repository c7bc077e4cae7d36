import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { UncoveredReasonEnum } from "./coverage.type.ts";
import type { UncoveredReason } from "./payment-reasons.rules.ts";

@ObjectType({ description: "Consecutive days with one payment answer, with the rule and the records behind it." })
export class CoverageTimelineSpan {
  @Field(() => DateScalar, { description: "The first day of the span." })
  from!: string;
  @Field(() => DateScalar, { description: "The last day of the span (included)." })
  through!: string;
  @Field(() => Boolean, { description: "Whether the days are payable (a Level of Care covers them and PASRR is met)." })
  payable!: boolean;
  @Field(() => UncoveredReasonEnum, { nullable: true, description: "For unpayable days, the first rule of the payment gate that failed; null when payable." })
  reason!: UncoveredReason | null;
  @Field(() => String, { description: "In words: the rule applied and its source (seed and section)." })
  rule!: string;
  @Field(() => ID, { nullable: true, description: "The Level of Care determination that covers payable days." })
  determinationId!: string | null;
  @Field(() => [ID], { description: "The records behind the answer: the determination, or the PASRR / LOC records the reason rests on." })
  recordIds!: string[];
}

@ObjectType({ description: "A timeline a person can read: for one person and a date range, each span of days payable or not, with the rule and the record ids behind it (issue 16)." })
export class CoverageExplanation {
  @Field(() => DateScalar, { description: "The first day asked about." })
  from!: string;
  @Field(() => DateScalar, { description: "The last day asked about (included)." })
  to!: string;
  @Field(() => String, { nullable: true, description: "The facility asked about, by Medicaid provider number; null for any facility." })
  providerNumber!: string | null;
  @Field(() => [CoverageTimelineSpan], { description: "Every day from `from` to `to` exactly once, in date order." })
  timeline!: CoverageTimelineSpan[];
}
