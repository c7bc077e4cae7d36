import { Field, ObjectType, registerEnumType } from "type-graphql";
import { NameKind } from "../generated/prisma/enums.ts";

registerEnumType(NameKind, {
  name: "NameKind",
  description: "Why a person is known by another name.",
  valuesConfig: {
    PREVIOUS: { description: "A name the person used before (e.g. before marriage), given at registration." },
    ALTERNATE: { description: "Another spelling a partner registered the person under, recorded when the registration matched." },
  },
});

/**
 * The parts of a person's name, as entered (white space folded): on the person and on each other
 * name. Only inherited; no field returns it, so it is not a type of the schema. A person's given
 * or family name may be missing (issue 21: the partner did not know it, and one of them is there).
 */
@ObjectType()
export abstract class NameParts {
  @Field(() => String, { nullable: true, description: "Given (first) name; null when the registering partner did not know it." })
  givenName!: string | null;

  @Field(() => String, { nullable: true, description: "Middle name or initial, when known." })
  middleName!: string | null;

  @Field(() => String, { nullable: true, description: "Family (last) name; null when the registering partner did not know it." })
  familyName!: string | null;

  @Field(() => String, { nullable: true, description: "Generational suffix (Jr, Sr, III), when given." })
  suffix!: string | null;
}

@ObjectType({ description: "Another name a person is known by." })
export class PersonName extends NameParts {
  // Another name is recorded only in full (README, "Enough to identify").
  @Field(() => String, { description: "Given (first) name." })
  override givenName!: string;

  @Field(() => String, { description: "Family (last) name." })
  override familyName!: string;

  @Field(() => NameKind, { description: "Why the person is known by this name." })
  kind!: NameKind;
}
