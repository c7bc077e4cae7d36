import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The person, owned by the individuals subgraph; levelofcare adds the person's Level of Care determinations to it. */
@ObjectType({ description: "A person known to the hub." })
@Directive('@key(fields: "id")')
export class Individual {
  @Field(() => ID, { description: "The hub's id for this person." })
  id!: string;

  /** Owned by individuals: the duplicate records merged into this person, so their determinations count as this person's. */
  @Directive("@external")
  @Field(() => [ID], { description: "Ids of duplicate records merged into this person." })
  mergedIds?: string[];
}
