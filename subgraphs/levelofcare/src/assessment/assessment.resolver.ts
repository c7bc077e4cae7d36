import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { SubmitLevelOfCareAssessmentInput } from "./assessment.input.ts";
import { SubmitLevelOfCareAssessmentPayload } from "./assessment.payload.ts";
import { LevelOfCareAssessmentPreview } from "./assessment-preview.type.ts";
import { LevelOfCareAssessment } from "./assessment.type.ts";
import { scoreAssessment } from "./score-assessment.action.ts";
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

  @Query(() => LevelOfCareAssessmentPreview, {
    description:
      "Scores an assessment without recording it: the same checks and rules as submitLevelOfCareAssessment (the same errors too), for a form that shows its outcome while it is filled in.",
  })
  async levelOfCareAssessmentPreview(
    @Arg("input", () => SubmitLevelOfCareAssessmentInput, { description: "The assessment, as it would be submitted." }) input: SubmitLevelOfCareAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<LevelOfCareAssessmentPreview> {
    const { individualId, facility, outcome } = await scoreAssessment(ctx, input);
    return { instrument: input.instrument, county: facility.county, individualId, facilityId: facility.id, ...outcome };
  }

  @FieldResolver(() => Individual, { description: "The person assessed." })
  individual(@Root() assessment: LevelOfCareAssessment): Individual {
    return { id: assessment.individualId };
  }
}
