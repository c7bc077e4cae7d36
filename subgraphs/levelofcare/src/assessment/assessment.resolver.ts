import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { SubmitLevelOfCareAssessmentInput } from "./assessment.input.ts";
import { SubmitLevelOfCareAssessmentPayload } from "./assessment.payload.ts";
import { LevelOfCareAssessment } from "./assessment.type.ts";
import { submitAssessment } from "./submit-assessment.action.ts";

@Resolver(() => LevelOfCareAssessment)
export class LevelOfCareAssessmentResolver {
  @Mutation(() => SubmitLevelOfCareAssessmentPayload, {
    description: "Records a functional assessment and computes whether it meets nursing-facility level of care.",
  })
  async submitLevelOfCareAssessment(
    @Arg("input", () => SubmitLevelOfCareAssessmentInput, { description: "The assessment." }) input: SubmitLevelOfCareAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<SubmitLevelOfCareAssessmentPayload> {
    return { assessment: await submitAssessment(ctx, input) };
  }

  @FieldResolver(() => Individual, { description: "The person assessed." })
  individual(@Root() assessment: LevelOfCareAssessment): Individual {
    return { id: assessment.individualId };
  }
}
