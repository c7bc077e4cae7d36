import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { Individual } from "../individual/individual.type.ts";
import { MatchCandidate } from "./match-candidate.type.ts";

@Resolver(() => MatchCandidate)
export class MatchCandidateResolver {
  @FieldResolver(() => Individual, { nullable: true })
  individual(@Root() candidate: MatchCandidate, @Ctx() ctx: Context) {
    return loadIndividual(ctx, candidate.candidateId);
  }
}
