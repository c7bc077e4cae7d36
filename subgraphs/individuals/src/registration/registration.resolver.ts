import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { badUserInput } from "@pasrr/graphql-kit/errors";
import type { Context } from "../context.ts";
import { actorOf } from "../history/identity-event.store.ts";
import { loadIndividual } from "../individual/individual.reference.ts";
import { DuplicateReview } from "../review/review.type.ts";
import { PrismaPersonIndex } from "./person-index.store.ts";
import { register } from "./register-individual.action.ts";
import { checkRegistration } from "./registration.rules.ts";
import { RegisterIndividualInput } from "./registration.input.ts";
import { RegisterIndividualPayload } from "./registration.payload.ts";
import { RegistrationOutcome } from "./registration.type.ts";

@Resolver(() => RegisterIndividualPayload)
export class RegistrationResolver {
  @Mutation(() => RegisterIndividualPayload, {
    description:
      "Registers a person with the hub, comparing them with the people on record first: MATCHED (an existing person, identifiers attached), " +
      "POSSIBLE_DUPLICATE (held for review, with the candidates and why), or CREATED. An identifier that belongs to someone else is a CONFLICT.",
  })
  async registerIndividual(
    @Arg("input", () => RegisterIndividualInput, { description: "The person as the partner knows them." }) input: RegisterIndividualInput,
    @Ctx() ctx: Context,
  ): Promise<RegisterIndividualPayload> {
    const config = ctx.services.identity;
    const check = checkRegistration(input, input.identifiers ?? [], ctx.services.clock.today(), config.identifierRules);
    if (!("registration" in check)) throw badUserInput(`input.${check.field}`, check.problem);
    const result = await register(new PrismaPersonIndex(ctx.db, actorOf(ctx)), check.registration, config);
    const individual = await loadIndividual(ctx, result.individualId);
    if (!individual) throw new Error(`registered person ${result.individualId} could not be read back`);
    return {
      outcome: RegistrationOutcome[result.outcome],
      individual,
      reviewId: result.outcome === "POSSIBLE_DUPLICATE" ? result.reviewId : null,
      candidates: result.candidates.map((candidate) => ({ ...candidate })),
    };
  }

  @FieldResolver(() => DuplicateReview, { nullable: true, description: "The review opened (POSSIBLE_DUPLICATE); null otherwise. PAA and state only." })
  review(@Root() payload: RegisterIndividualPayload, @Ctx() ctx: Context) {
    return payload.reviewId ? ctx.loaders.review.load(payload.reviewId) : null;
  }
}
