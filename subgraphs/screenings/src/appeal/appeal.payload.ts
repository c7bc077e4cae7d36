import { Field, ObjectType } from "type-graphql";
import { Appeal } from "./appeal.type.ts";

@ObjectType({ description: "What filing an appeal did." })
export class FileAppealPayload {
  @Field(() => Appeal, { description: "The appeal as filed, pending the state's decision." })
  appeal!: Appeal;
}

@ObjectType({ description: "What deciding an appeal did." })
export class DecideAppealPayload {
  @Field(() => Appeal, { description: "The appeal with the state's decision." })
  appeal!: Appeal;
}
