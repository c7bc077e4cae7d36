import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A facility, owned by the facilities subgraph; levelofcare only refers to it by id. */
@ObjectType({ description: "A nursing facility, ICF/IID or hospital." })
@Directive('@key(fields: "id", resolvable: false)')
export class Facility {
  @Field(() => ID, { description: "The hub's id of the facility." })
  id!: string;

  /** Owned by facilities; reaches levelofcare inside a stay, through `@requires`, to match the payment system's provider number. */
  @Directive("@external")
  @Field(() => String, { description: "The Medicaid provider number, as the payment system names the facility." })
  providerNumber?: string;
}
