import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { LevelOfCareDecision, LevelOfCareType, RetrospectiveReason, ReviewKind } from "../generated/prisma/enums.ts";

@InputType({ description: "A Level of Care determination by a PAA (for its counties) or the state agency." })
export class DetermineLevelOfCareInput {
  @Field(() => ID, { description: "The person." }) individualId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The facility the determination is for (in the caller's counties); omit to use the person's facility there. Its county is the registry's.",
  })
  facilityId?: string | null;
  @Field(() => String, {
    nullable: true,
    deprecationReason:
      "Ignored: the county is the facility registry's county of facilityId, or of the person's facility in the caller's counties. Leave it out.",
    description: "Deprecated and ignored.",
  })
  county?: string | null;
  @Field(() => LevelOfCareType, { description: "The level of care decided." }) levelOfCareType!: LevelOfCareType;
  @Field(() => LevelOfCareDecision, { description: "Approved or denied." }) decision!: LevelOfCareDecision;
  @Field(() => DateScalar, { description: "The first day covered. May not precede the date the PASRR requirements were met (OH)." }) effectiveFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: "The last day covered (a short-term approval); none for long-term." }) effectiveThrough?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: "The Medicaid ID in force. A determination needs this or medicaidApplicationFiledOn (CO 8.401.02; OH: active or pending Medicaid).",
  })
  medicaidId?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "For a person not yet Medicaid eligible: the day the Medicaid application was filed (CO 8.401.02). Not in the future.",
  })
  medicaidApplicationFiledOn?: string | null;
  @Field(() => ID, { description: "The assessment the determination rests on (same person)." }) assessmentId!: string;
  @Field(() => ReviewKind, { defaultValue: "PROSPECTIVE", description: "Why it starts when it does." }) reviewKind!: ReviewKind;
  @Field(() => RetrospectiveReason, { nullable: true, description: "Required for a retrospective review." }) retrospectiveReason?: RetrospectiveReason | null;
  @Field(() => DateScalar, { nullable: true, description: "Required for a transfer determination." }) transferDate?: string | null;
  @Field(() => ID, { nullable: true, description: "The determination this one supersedes (a determination is never edited)." }) supersedesDeterminationId?:
    string | null;
  @Field(() => String, { nullable: true, description: "Why the earlier determination is superseded; required with supersedesDeterminationId." })
  supersessionReason?: string | null;
}
