import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { z } from "zod";
import type { Context } from "../context.ts";
import { actorOf } from "../history/identity-history.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { parseArguments, reason, recordId } from "../validation.ts";
import { mergeIndividuals, unmergeIndividual } from "./merge.service.ts";
import { MergeIndividualsInput, MergeIndividualsPayload, UnmergeIndividualInput, UnmergeIndividualPayload } from "./merge.type.ts";

const mergeSchema = z
  .object({ survivorId: recordId, mergedId: recordId, reason })
  .refine((args) => args.survivorId !== args.mergedId, { path: ["mergedId"], message: "must be another record than survivorId" });
const unmergeSchema = z.object({ mergedId: recordId, reason });

@Resolver()
export class MergeResolver {
  @Mutation(() => MergeIndividualsPayload, {
    description:
      "Merges a duplicate record into the person who survives: identifiers move, the record stays as MERGED and its id resolves to the survivor, " +
      "whose `mergedIds` lets the other subgraphs include its records. Recorded in history. PAA and state only.",
  })
  async mergeIndividuals(
    @Arg("input", () => MergeIndividualsInput, { description: "The survivor, the duplicate and why." }) input: MergeIndividualsInput,
    @Ctx() ctx: Context,
  ): Promise<MergeIndividualsPayload> {
    const args = parseArguments(mergeSchema, { ...input }, "input");
    await mergeIndividuals(ctx.db, actorOf(ctx), args.survivorId, args.mergedId, args.reason);
    ctx.loaders.individual.clearAll();
    return { survivor: (await loadIndividual(ctx, args.survivorId))! };
  }

  @Mutation(() => UnmergeIndividualPayload, { description: "Undoes a record's latest merge exactly, and remembers the two as different people. PAA and state only." })
  async unmergeIndividual(
    @Arg("input", () => UnmergeIndividualInput, { description: "The record merged by mistake and why." }) input: UnmergeIndividualInput,
    @Ctx() ctx: Context,
  ): Promise<UnmergeIndividualPayload> {
    const args = parseArguments(unmergeSchema, { ...input }, "input");
    const { restoredId, survivorId } = await unmergeIndividual(ctx.db, actorOf(ctx), args.mergedId, args.reason);
    ctx.loaders.individual.clearAll();
    const [restored, survivor] = await Promise.all([loadIndividual(ctx, restoredId), loadIndividual(ctx, survivorId)]);
    return { restored: restored!, survivor: survivor! };
  }
}
