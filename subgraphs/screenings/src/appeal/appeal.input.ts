import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { expectedVersionDescription } from "@pasrr/graphql-kit/versioning";
import { AppealDecision } from "./appeal.type.ts";

@InputType({ description: "An appeal of a Level II determination, filed for the person." })
export class FileAppealInput {
  @Field(() => ID, { description: "The determination appealed." })
  determinationId!: string;
  @Field(() => DateScalar, { description: "The filing date; on or before the notice's appeal deadline." })
  filedOn!: string;
  @Field(() => String, { description: "The grounds of the appeal." })
  grounds!: string;
}

@InputType({ description: "The state agency's decision on an appeal." })
export class DecideAppealInput {
  @Field(() => ID, { description: "The appeal decided." })
  appealId!: string;
  @Field(() => AppealDecision, { description: "Upheld or overturned." })
  decision!: AppealDecision;
  @Field(() => DateScalar, { description: "The decision date; not before the filing, not in the future." })
  decidedOn!: string;
  @Field(() => Int, { nullable: true, description: expectedVersionDescription })
  expectedVersion?: number | null;
}
