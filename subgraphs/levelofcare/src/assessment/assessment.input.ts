import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { AssessmentInstrument } from "../generated/prisma/enums.ts";
import { CsaResponsesInput } from "./csa.input.ts";
import { UltcResponsesInput } from "./ultc-100-2.input.ts";

@InputType({ description: "A Level of Care assessment: give the answers of exactly the instrument named." })
export class SubmitLevelOfCareAssessmentInput {
  @Field(() => ID, { description: "The person assessed." })
  individualId!: string;

  @Field(() => AssessmentInstrument, { description: "The instrument used." })
  instrument!: AssessmentInstrument;

  @Field(() => DateScalar, { description: "The day of the assessment; not in the future." })
  assessedOn!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The facility the assessment is for (a stay or Level I of the person there); omit to use the person's facility in the caller's counties. Its county is the registry's.",
  })
  facilityId?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Ignored: the county is the facility registry's county of the facility the person is related to. Leave it out.",
    description: "Deprecated and ignored.",
  })
  county?: string | null;

  @Field(() => UltcResponsesInput, { nullable: true, description: "The ULTC 100.2 scores, when the instrument is ULTC_100_2." })
  ultc100_2?: UltcResponsesInput | null;

  @Field(() => CsaResponsesInput, { nullable: true, description: "The CSA answers, when the instrument is CSA." })
  csa?: CsaResponsesInput | null;
}
