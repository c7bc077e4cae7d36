import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The person, owned by the individuals subgraph; screenings adds the person's PASRR records to it. */
@ObjectType({ description: "A person known to the hub." })
@Directive('@key(fields: "id")')
export class Individual {
  @Field(() => ID, { description: "The hub's id for this person." })
  id!: string;

  /** Owned by individuals; the router supplies it to the fields that `@requires` it. */
  @Directive("@external")
  @Field(() => [ID], { description: "Ids of duplicate records merged into this person (owned by the individuals service)." })
  mergedIds?: string[];
}
