import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { Appeal, DecideAppealInput, FileAppealInput } from "./appeal.type.ts";
import { DecideAppealPayload, FileAppealPayload } from "./appeal.payload.ts";
import { decideAppeal, fileAppeal } from "./appeal.service.ts";

@Resolver(() => Appeal)
export class AppealResolver {
  @Mutation(() => FileAppealPayload, {
    description: "Files an appeal of a Level II determination for the person, by the deadline on its notice (a later filing is BAD_USER_INPUT). Level I findings are not appealable.",
  })
  async fileAppeal(@Arg("input", () => FileAppealInput, { description: "The appeal." }) input: FileAppealInput, @Ctx() ctx: Context): Promise<FileAppealPayload> {
    return { appeal: await fileAppeal(input, ctx) };
  }

  @Mutation(() => DecideAppealPayload, { description: "The state agency's final action on an appeal: upheld or overturned. Deciding twice is a CONFLICT." })
  async decideAppeal(@Arg("input", () => DecideAppealInput, { description: "The decision." }) input: DecideAppealInput, @Ctx() ctx: Context): Promise<DecideAppealPayload> {
    return { appeal: await decideAppeal(input, ctx) };
  }
}
