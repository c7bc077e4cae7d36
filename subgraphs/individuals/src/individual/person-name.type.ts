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

@ObjectType({ description: "Another name a person is known by." })
export class PersonName {
  @Field(() => NameKind, { description: "Why the person is known by this name." })
  kind!: NameKind;

  @Field(() => String, { description: "Given name." })
  givenName!: string;

  @Field(() => String, { nullable: true, description: "Middle name." })
  middleName!: string | null;

  @Field(() => String, { description: "Family name." })
  familyName!: string;

  @Field(() => String, { nullable: true, description: "Suffix." })
  suffix!: string | null;
}
