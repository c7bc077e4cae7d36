import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { actorOf } from "../history/identity-event.store.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { mergeIndividuals } from "./merge-individuals.action.ts";
import { unmergeIndividual } from "./unmerge-individual.action.ts";
import { MergeIndividualsInput, UnmergeIndividualInput } from "./merge.input.ts";
import { MergeIndividualsPayload, UnmergeIndividualPayload } from "./merge.payload.ts";
import { mergeSchema, unmergeSchema } from "./merge.validation.ts";

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
    const args = parseInput(mergeSchema, { ...input });
    await mergeIndividuals(ctx.db, actorOf(ctx), args.survivorId, args.mergedId, args.reason);
    ctx.loaders.individual.clearAll();
    return { survivor: (await loadIndividual(ctx, args.survivorId))! };
  }

  @Mutation(() => UnmergeIndividualPayload, {
    description: "Undoes a record's latest merge exactly, and remembers the two as different people. PAA and state only.",
  })
  async unmergeIndividual(
    @Arg("input", () => UnmergeIndividualInput, { description: "The record merged by mistake and why." }) input: UnmergeIndividualInput,
    @Ctx() ctx: Context,
  ): Promise<UnmergeIndividualPayload> {
    const args = parseInput(unmergeSchema, { ...input });
    const { restoredId, survivorId } = await unmergeIndividual(ctx.db, actorOf(ctx), args.mergedId, args.reason);
    ctx.loaders.individual.clearAll();
    const [restored, survivor] = await Promise.all([loadIndividual(ctx, restoredId), loadIndividual(ctx, survivorId)]);
    return { restored: restored!, survivor: survivor! };
  }
}
