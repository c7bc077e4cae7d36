import { Field, ObjectType } from "type-graphql";
import { Individual } from "../individual/individual.type.ts";
import { MatchCandidate } from "../matching/match-candidate.type.ts";
import { RegistrationOutcome } from "./registration.type.ts";

@ObjectType({ description: "The result of registering a person." })
export class RegisterIndividualPayload {
  @Field(() => RegistrationOutcome, { description: "What the registration did." })
  outcome!: RegistrationOutcome;

  @Field(() => Individual, { description: "The person now on record: the existing person when MATCHED, else the new record." })
  individual!: Individual;

  reviewId!: string | null;

  @Field(() => [MatchCandidate], {
    nullable: true,
    description:
      "The person matched (MATCHED) or the people held for review (POSSIBLE_DUPLICATE), each with score and reasons; empty when CREATED. PAA and state only.",
  })
  candidates!: MatchCandidate[];
}
