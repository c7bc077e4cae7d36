import { Field, ObjectType } from "type-graphql";
import { AssessmentInstrument } from "../generated/prisma/enums.ts";
import { CriterionFinding } from "./assessment.type.ts";

@ObjectType({
  description:
    "What an assessment would be recorded with, computed by the same rules as submitLevelOfCareAssessment, nothing stored: the live score of a form being filled in.",
})
export class LevelOfCareAssessmentPreview {
  @Field(() => AssessmentInstrument, { description: "The instrument scored." })
  instrument!: AssessmentInstrument;

  @Field(() => String, { description: "The county the assessment would be recorded for: the registry's county of the person's facility." })
  county!: string;

  @Field(() => Boolean, { description: "Whether the answers meet nursing-facility level of care." })
  meetsNursingFacilityLevelOfCare!: boolean;

  @Field(() => [CriterionFinding], { description: "Each criterion of the instrument: met or not, and why." })
  findings!: CriterionFinding[];

  /** The person and the facility the scope rule re-checks (scope.access.ts); not exposed. */
  individualId!: string;
  facilityId!: string;
}
