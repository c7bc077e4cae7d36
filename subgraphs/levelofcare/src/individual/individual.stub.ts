import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Identifier } from "../identifier/identifier.stub.ts";
import { PasrrCompliancePeriod } from "../pasrr/pasrr-compliance.stub.ts";
import { Stay } from "../stay/stay.stub.ts";

/**
 * The person, owned by the individuals subgraph; levelofcare adds the person's Level of Care
 * determinations and coverage to it. The `@external` fields belong to other subgraphs and reach
 * levelofcare only through `@requires` on `levelOfCareCoverage`: never copied, never stored.
 */
@ObjectType({ description: "A person known to the hub." })
@Directive('@key(fields: "id")')
export class Individual {
  @Field(() => ID, { description: "The hub's id for this person." })
  id!: string;

  /** Owned by individuals: duplicate records merged into this person, whose determinations count as theirs. */
  @Directive("@external")
  @Field(() => [ID], { description: "Ids of duplicate records merged into this person." })
  mergedIds?: string[];

  /** Owned by individuals: the person's identifiers, which tell the claim check whose claim lines are whose. */
  @Directive("@external")
  @Field(() => [Identifier], { description: "The person's identifiers." })
  identifiers?: Identifier[];

  /** Owned by screenings: the PASRR standing day by day, every version the hub answered with. */
  @Directive("@external")
  @Field(() => [PasrrCompliancePeriod], { description: "The person's PASRR compliance periods." })
  pasrrCompliance?: PasrrCompliancePeriod[];

  /** Owned by facilities: where the person stayed, who paid, and when they were away. */
  @Directive("@external")
  @Field(() => [Stay], { description: "The person's stays at facilities." })
  stays?: Stay[];
}
