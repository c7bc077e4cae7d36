import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A facility, owned by the facilities subgraph. Screenings adds its IMD share, computed from
 * the residents facilities hands over through `@requires` (MINIMAL, issue 4).
 */
@ObjectType({ description: "A nursing facility, ICF/IID or hospital." })
@Directive('@key(fields: "id")')
export class Facility {
  @Field(() => ID, { description: "The hub's id of the facility." })
  id!: string;

  @Directive("@external")
  @Field(() => String, { description: "The county the facility is in (owned by facilities)." })
  county?: string;

  @Directive("@external")
  @Field(() => [ID], { description: "Ids of the current residents (owned by facilities; router-only)." })
  currentResidentIds?: string[];
}
