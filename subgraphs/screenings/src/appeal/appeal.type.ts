import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { versionDescription } from "@pasrr/graphql-kit/versioning";
import { AppealStatus } from "../enums.type.ts";

export enum AppealDecision {
  UPHELD = "UPHELD",
  OVERTURNED = "OVERTURNED",
}
registerEnumType(AppealDecision, {
  name: "AppealDecision",
  description: "The state agency's decision on an appeal.",
  valuesConfig: { UPHELD: { description: "The determination stands." }, OVERTURNED: { description: "The determination is overturned (CO 8.401.202 E)." } },
});

@ObjectType({ description: "An appeal of a Level II determination. Level I findings are not appealable (CO 8.401.193 C)." })
export class Appeal {
  @Field(() => ID, { description: "The hub's id of this appeal." })
  id!: string;
  @Field(() => Int, { description: versionDescription })
  version!: number;
  @Field(() => ID, { description: "The determination appealed." })
  determinationId!: string;
  @Field(() => DateScalar, { description: "The date the appeal was filed." })
  filedOn!: Date;
  @Field(() => String, { description: "The organisation that filed it for the person." })
  filedByOrganisationId!: string;
  @Field(() => String, { description: "The grounds given." })
  grounds!: string;
  @Field(() => Int, {
    description:
      "1 for the first appeal; 2 for a second level where the state has one (IL manual VIII.B: HFS physician review of a denied NF-services appeal, within 30 days of the denial).",
  })
  level!: number;
  @Field(() => AppealStatus, { description: "PENDING until the state agency decides." })
  status!: AppealStatus;
  @Field(() => DateScalar, { nullable: true, description: "The date of the decision." })
  decidedOn!: Date | null;
}
