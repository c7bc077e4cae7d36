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
 * name. Only inherited; no field returns it, so it is not a type of the schema.
 */
@ObjectType()
export abstract class NameParts {
  @Field(() => String, { description: "Given (first) name." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Middle name or initial, when known." })
  middleName!: string | null;

  @Field(() => String, { description: "Family (last) name." })
  familyName!: string;

  @Field(() => String, { nullable: true, description: "Generational suffix (Jr, Sr, III), when given." })
  suffix!: string | null;
}

@ObjectType({ description: "Another name a person is known by." })
export class PersonName extends NameParts {
  @Field(() => NameKind, { description: "Why the person is known by this name." })
  kind!: NameKind;
}
