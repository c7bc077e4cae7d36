import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { DecideAppealInput, FileAppealInput } from "./appeal.input.ts";
import { Appeal } from "./appeal.type.ts";
import { DecideAppealPayload, FileAppealPayload } from "./appeal.payload.ts";
import { decideAppeal } from "./decide-appeal.action.ts";
import { fileAppeal } from "./file-appeal.action.ts";

@Resolver(() => Appeal)
export class AppealResolver {
  @Mutation(() => FileAppealPayload, {
    description:
      "Files an appeal of a Level II determination for the person, by the deadline on its notice (a later filing is BAD_USER_INPUT). Level I findings are not appealable.",
  })
  async fileAppeal(
    @Arg("input", () => FileAppealInput, { description: "The appeal." }) input: FileAppealInput,
    @Ctx() ctx: Context,
  ): Promise<FileAppealPayload> {
    return { appeal: await fileAppeal(input, ctx) };
  }

  @Mutation(() => DecideAppealPayload, { description: "The state agency's final action on an appeal: upheld or overturned. Deciding twice is a CONFLICT." })
  async decideAppeal(
    @Arg("input", () => DecideAppealInput, { description: "The decision." }) input: DecideAppealInput,
    @Ctx() ctx: Context,
  ): Promise<DecideAppealPayload> {
    return { appeal: await decideAppeal(input, ctx) };
  }
}
