import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { CurrentSetting, DementiaDiagnosis, ReasonForScreening, RequestedDetermination } from "../enums.type.ts";

@InputType({ description: "Indications of serious mental illness (CO 8.401.191 A; domain README, step 1)." })
export class MentalIllnessIndicationsInput {
  @Field(() => Boolean, { description: "A diagnosis of mental illness." })
  diagnosis!: boolean;
  @Field(() => Boolean, { description: "Intensive psychiatric treatment (hospitalisation, crisis services) within the last two years." })
  intensiveTreatmentWithinTwoYears!: boolean;
  @Field(() => Boolean, { description: "Psychotropic medication prescribed regularly without a diagnosis that justifies it." })
  psychotropicWithoutDiagnosis!: boolean;
  @Field(() => Boolean, { description: "Presenting evidence of mental illness (disturbances in orientation, affect or mood)." })
  presentingEvidence!: boolean;
}

@InputType({ description: "Indications of intellectual/developmental disability or a related condition (CO 8.401.191 B)." })
export class DevelopmentalDisabilityIndicationsInput {
  @Field(() => Boolean, { description: "A diagnosis of ID/DD or a related condition." })
  diagnosis!: boolean;
  @Field(() => Boolean, { description: "A history of ID/DD or a related condition." })
  history!: boolean;
  @Field(() => Boolean, { description: "Presenting evidence (cognitive or behavioural) of ID/DD." })
  presentingEvidence!: boolean;
  @Field(() => Boolean, { description: "Referred by an agency serving people with ID/DD, which found the person eligible." })
  referredByDdAgency!: boolean;
  @Field(() => Boolean, { description: "A related condition whose onset was before age 22." })
  relatedConditionOnsetBefore22!: boolean;
}

@InputType({ description: "An exemption or categorical determination asked for, with its supporting facts." })
export class DeterminationRequestInput {
  @Field(() => RequestedDetermination, { description: "Which exemption or categorical determination is asked for." })
  kind!: RequestedDetermination;
  @Field(() => Boolean, {
    defaultValue: false,
    description: "A physician certified, in writing, that the NF stay is expected to be under 30 days (hospital exemption).",
  })
  physicianCertifiedStayUnder30Days!: boolean;
  @Field(() => Int, { nullable: true, description: "The expected length of the NF stay, in days, as certified." })
  expectedStayDays?: number | null;
  @Field(() => Boolean, { defaultValue: false, description: "The person normally resides outside the hub's state (OH guide, Hospital Exemption FAQ)." })
  residesOutOfState!: boolean;
  @Field(() => Boolean, { defaultValue: false, description: "The discharging hospital is outside the hub's state (OH guide, Hospital Exemption FAQ)." })
  hospitalOutOfState!: boolean;
}

@InputType({ description: "A Level I screen as the hospital, nursing facility or PAA filed it." })
export class SubmitLevelOneScreenInput {
  @Field(() => ID, { description: "The hub's id of the person screened (from the individuals service)." })
  individualId!: string;
  @Field(() => DateScalar, { description: "The date the screen was completed; not in the future." })
  screenedOn!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Required. The filing facility (a hospital's or NF's own registered facility, one of its token's) or, for a PAA, the NF applied to in its counties. Its county is taken from the facility registry.",
  })
  facilityId?: string | null;
  @Field(() => String, {
    nullable: true,
    deprecationReason: "Ignored: the county is the facility registry's county of facilityId. Leave it out.",
    description: "Deprecated and ignored: the county is read from the facility registry.",
  })
  facilityCounty?: string | null;
  @Field(() => ReasonForScreening, { description: "Why the screen was filed." })
  reasonForScreening!: ReasonForScreening;
  @Field(() => CurrentSetting, { description: "Where the person is now." })
  currentSetting!: CurrentSetting;
  @Field(() => MentalIllnessIndicationsInput, { description: "Indications of serious mental illness." })
  mentalIllness!: MentalIllnessIndicationsInput;
  @Field(() => DevelopmentalDisabilityIndicationsInput, { description: "Indications of ID/DD or a related condition." })
  developmentalDisability!: DevelopmentalDisabilityIndicationsInput;
  @Field(() => DementiaDiagnosis, { defaultValue: "NONE", description: "Dementia as the primary or a secondary diagnosis." })
  dementia!: DementiaDiagnosis;
  @Field(() => Boolean, { defaultValue: false, description: "The person may be a danger to self or others (no categorical determination then, CO 8.401.195)." })
  dangerToSelfOrOthers!: boolean;
  @Field(() => DeterminationRequestInput, { nullable: true, description: "An exemption or categorical determination asked for, if any." })
  request?: DeterminationRequestInput | null;

  // Level I notice (issue 17, notice/level-one-notice.rules.ts).
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "The person has a legal representative, who is sent the notice of Level I findings that refer to a Level II (CO 8.401.193 A). The hub holds no representative: the notice is addressed to the representative of record.",
  })
  hasRepresentative?: boolean;
}
