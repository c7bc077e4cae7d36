import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { AssessmentInstrument } from "../generated/prisma/enums.ts";

registerEnumType(AssessmentInstrument, {
  name: "AssessmentInstrument",
  description: "The functional assessment instrument used.",
  valuesConfig: {
    ULTC_100_2: { description: "Colorado's Uniform Long-Term Care 100.2 (CO 10 CCR 2505-10 §8.401, A.)." },
    CSA: { description: "The Colorado Single Assessment LOC screen (CO 10 CCR 2505-10 §8.401.16.B)." },
  },
});

@ObjectType({ description: "One criterion of an instrument, whether it was met, and why." })
export class CriterionFinding {
  @Field(() => String, { description: "The criterion, e.g. ADL_DEFICITS or SUPERVISION_BEHAVIORS." })
  criterion!: string;

  @Field(() => Boolean, { description: "Whether the answers meet it." })
  met!: boolean;

  @Field(() => String, { description: "What in the answers decided it." })
  detail!: string;

  @Field(() => String, { description: "The rule the criterion comes from." })
  source!: string;
}

@ObjectType({ description: "A functional Level of Care assessment, with its computed outcome and the findings that explain it." })
export class LevelOfCareAssessment {
  @Field(() => ID, { description: "The hub's id of this assessment." })
  id!: string;

  /** The person; exposed as `individual` by the resolver. */
  individualId!: string;

  @Field(() => AssessmentInstrument, { description: "The instrument used." })
  instrument!: AssessmentInstrument;

  @Field(() => DateScalar, { description: "The day the person was assessed." })
  assessedOn!: Date;

  @Field(() => String, { description: "The county the person lives in." })
  county!: string;

  @Field(() => String, { description: "The organisation whose assessor submitted it." })
  assessorOrganisationId!: string;

  @Field(() => Boolean, { description: "Whether the answers meet nursing-facility level of care." })
  meetsNursingFacilityLevelOfCare!: boolean;

  @Field(() => [CriterionFinding], { description: "Each criterion of the instrument: met or not, and why." })
  findings!: CriterionFinding[];

  @Field(() => DateTimeScalar, { description: "When the hub recorded the assessment." })
  recordedAt!: Date;
}
