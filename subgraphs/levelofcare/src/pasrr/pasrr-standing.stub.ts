import { Directive, Field, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/platform";

/** The person's PASRR standing, owned by screenings; coverage receives the PASRR-met date through `@requires`. */
@ObjectType({ description: "A person's current PASRR standing, from their newest Level I screen and its Level II determinations, including records of people merged into them." })
export class PasrrStanding {
  @Directive("@external")
  @Field(() => DateScalar, { nullable: true, description: "The date the PASRR requirements were met; null while not met. A LOC may not take effect before it." })
  requirementsMetOn!: string | null;
}
