import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from "type-graphql";
import { z } from "zod";
import type { Context } from "../context.ts";
import { actorOf } from "../history/identity-history.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { Individual } from "../individual/individual.type.ts";
import { parseArguments, reason, recordId } from "../validation.ts";
import { mergeIndividuals, unmergeIndividual } from "./merge.service.ts";

@ObjectType({ description: "Both people after an unmerge." })
export class UnmergePayload {
  @Field(() => Individual, { description: "The record separated again, ACTIVE with its own identifiers." })
  restored!: Individual;

  @Field(() => Individual, { description: "The person it had been merged into." })
  survivor!: Individual;
}

const mergeSchema = z
  .object({ survivorId: recordId, mergedId: recordId, reason })
  .refine((args) => args.survivorId !== args.mergedId, { path: ["mergedId"], message: "must be another record than survivorId" });
const unmergeSchema = z.object({ mergedId: recordId, reason });

@Resolver()
export class MergeResolver {
  @Mutation(() => Individual, {
    description:
      "Merges a duplicate record into the person who survives: identifiers move, the record stays as MERGED and its id resolves to the survivor, " +
      "whose `mergedIds` lets the other subgraphs include its records. Recorded in history. PAA and state only.",
  })
  async mergeIndividuals(
    @Arg("survivorId", () => ID, { description: "The record that stays." }) survivorId: string,
    @Arg("mergedId", () => ID, { description: "The duplicate merged into it." }) mergedId: string,
    @Arg("reason", () => String, { description: "Why (kept in history)." }) why: string,
    @Ctx() ctx: Context,
  ) {
    const args = parseArguments(mergeSchema, { survivorId, mergedId, reason: why });
    await mergeIndividuals(ctx.db, actorOf(ctx.principal), args.survivorId, args.mergedId, args.reason);
    ctx.loaders.individual.clearAll();
    return loadIndividual(ctx, args.survivorId);
  }

  @Mutation(() => UnmergePayload, { description: "Undoes a record's latest merge exactly, and remembers the two as different people. PAA and state only." })
  async unmergeIndividual(
    @Arg("mergedId", () => ID, { description: "The record merged by mistake." }) mergedId: string,
    @Arg("reason", () => String, { description: "Why (kept in history)." }) why: string,
    @Ctx() ctx: Context,
  ): Promise<UnmergePayload> {
    const args = parseArguments(unmergeSchema, { mergedId, reason: why });
    const { restoredId, survivorId } = await unmergeIndividual(ctx.db, actorOf(ctx.principal), args.mergedId, args.reason);
    ctx.loaders.individual.clearAll();
    const [restored, survivor] = await Promise.all([loadIndividual(ctx, restoredId), loadIndividual(ctx, survivorId)]);
    return { restored: restored!, survivor: survivor! };
  }
}
