import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { ResidentEvent } from "./resident-review.type.ts";

@InputType({
  description:
    "A census fact about a resident. The facilities service delivers admissions, transfers and discharges from its census on its own (with `censusEventId`); NFs and the state report significant changes, and may report the rest.",
})
export class ReportResidentEventInput {
  @Field(() => ID, { description: "The person." })
  individualId!: string;
  @Field(() => ID, { description: "The nursing facility; one of the token's facilities for a NF." })
  facilityId!: string;
  @Field(() => String, {
    nullable: true,
    deprecationReason: "Ignored: the county is the facility registry's county of facilityId. Leave it out.",
    description: "Deprecated and ignored: the county is read from the facility registry.",
  })
  facilityCounty?: string | null;
  @Field(() => ResidentEvent, { description: "What happened." })
  event!: ResidentEvent;
  @Field(() => DateScalar, { description: "When it happened; not in the future." })
  occurredOn!: string;
  @Field(() => ID, {
    nullable: true,
    description: "For `TRANSFERRED_IN`: the NF the person came from, whose open clocks move with them; one of the token's facilities for a NF.",
  })
  fromFacilityId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      "The census event (facilities service) this fact comes from. A fact delivered again with the same id changes nothing and returns what the first delivery did.",
  })
  censusEventId?: string | null;
}
