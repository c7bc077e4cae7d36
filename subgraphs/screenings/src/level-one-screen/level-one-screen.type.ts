import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { versionDescription } from "@pasrr/graphql-kit/versioning";
import {
  CategoricalStatus,
  CurrentSetting,
  DementiaDiagnosis,
  LevelOneOutcome,
  LevelOneReviewStatus,
  LevelTwoCategory,
  ReasonForScreening,
  RequestedDetermination,
} from "../enums.type.ts";

@ObjectType({ description: "Why a screen's outcome is what it is: the rule that decided and where it is written." })
export class OutcomeExplanation {
  @Field(() => String, { description: "The rule that decided, e.g. `exempted-hospital-discharge`." })
  rule!: string;
  @Field(() => String, { description: "The source of the rule: seed document and section." })
  source!: string;
  @Field(() => String, { description: "The explanation in words, including any exemption or categorical asked for and not applied." })
  explanation!: string;
  @Field(() => String, { description: "The policy pack the outcome was decided under (PASRR_POLICY_STATE)." })
  policyState!: string;
}

@ObjectType({ description: "A PASRR Level I screen: the identification of possible serious mental illness or ID/DD before NF admission (42 CFR 483.128)." })
export class LevelOneScreen {
  @Field(() => ID, { description: "The hub's id of this screen." })
  id!: string;
  @Field(() => Int, { description: versionDescription })
  version!: number;

  /** The person screened; exposed as `individual` by the resolver. */
  individualId!: string;

  @Field(() => String, { description: "The organisation (hospital, nursing facility or PAA) that filed the screen." })
  submittingOrganisationId!: string;

  @Field(() => DateScalar, { description: "The date the screen was completed." })
  screenedOn!: Date;

  @Field(() => DateTimeScalar, { description: "When the screen reached the hub." })
  submittedAt!: Date;

  @Field(() => ID, { nullable: true, description: "The filing facility, or the NF the person applies to." })
  facilityId!: string | null;

  @Field(() => String, { nullable: true, description: "The county of that facility, as the submitter gave it." })
  facilityCounty!: string | null;

  @Field(() => ReasonForScreening, { nullable: true, description: "Why the screen was filed; null on screens filed before reasons were recorded." })
  reasonForScreening!: ReasonForScreening | null;

  @Field(() => CurrentSetting, { nullable: true, description: "Where the person was when screened." })
  currentSetting!: CurrentSetting | null;

  @Field(() => DementiaDiagnosis, { description: "Dementia as the primary or a secondary diagnosis." })
  dementia!: DementiaDiagnosis;

  @Field(() => LevelOneOutcome, {
    description: "The outcome, decided by policy when the screen was filed. Level I findings are not appealable (CO 8.401.193 C).",
  })
  outcome!: LevelOneOutcome;

  @Field(() => LevelTwoCategory, { nullable: true, description: "The indications found (MI, DD or DUAL); null when none." })
  levelTwoCategory!: LevelTwoCategory | null;

  @Field(() => RequestedDetermination, {
    nullable: true,
    description: "The categorical determination before its authority (CATEGORICAL_REQUESTED) or granted (CATEGORICAL); null otherwise, also once denied.",
  })
  categoricalType!: RequestedDetermination | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The last day a time-limited outcome allows: an exemption's from the screen's date, a categorical's from the day it was granted; null when not time-limited or not yet granted.",
  })
  validThrough!: Date | null;

  @Field(() => CategoricalStatus, {
    nullable: true,
    description: "Where a categorical asked for on this screen stands; null when none was asked for, or the screen did not qualify for one.",
  })
  categoricalStatus!: CategoricalStatus | null;

  @Field(() => DateScalar, { nullable: true, description: "The day the deciding authority's decision on the categorical is due (the state's policy)." })
  categoricalDueOn!: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the categorical was granted (by the last authority needed) or denied; null while it is requested.",
  })
  categoricalDecidedOn!: Date | null;

  @Field(() => Boolean, { description: "The submitter reported the person may be a danger to self or others." })
  dangerToSelfOrOthers!: boolean;

  @Field(() => RequestedDetermination, { nullable: true, description: "The exemption or categorical determination the submitter asked for, if any." })
  requestedDetermination!: RequestedDetermination | null;

  @Field(() => Boolean, { description: "A physician certified a NF stay under 30 days." })
  physicianCertifiedStayUnder30Days!: boolean;

  @Field(() => LevelOneReviewStatus, { description: "Where the screen stands in the PAA's review (OH guide: a screen is a PAS only once a PAA processed it)." })
  reviewStatus!: LevelOneReviewStatus;

  @Field(() => DateScalar, { nullable: true, description: "The day the PAA reviewed the screen; null until it has." })
  reviewedOn!: Date | null;

  @Field(() => String, { nullable: true, description: "The organisation (PAA or state agency) that reviewed the screen." })
  reviewedByOrganisationId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The reviewer's findings: what is missing or invalid on a returned screen, or notes on a confirmed one.",
  })
  reviewFindings!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the PAA returned the screen incomplete, kept after a later confirmation; null if never returned.",
  })
  returnedOn!: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day a complete and accurate screen reached the PAA, as the PAA decided on confirming it: the PAS takes effect then (OH guide). Null until confirmed.",
  })
  receivedCompleteOn!: Date | null;

  /** The SMI and ID/DD findings as stored (JSON); exposed through `mentalIllness` and `developmentalDisability`. */
  indications!: unknown;
  outcomeRule!: string;
  outcomeSource!: string;
  outcomeExplanation!: string;
  policyState!: string;
}
