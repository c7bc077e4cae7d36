import { Field, ID, ObjectType } from "type-graphql";
import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { DateScalar, DateTimeScalar } from "@pasrr/graphql-kit/scalars";
import { CategoricalDecisionOutcome } from "../enums.type.ts";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";

@ObjectType({ description: "One deciding authority's decision on a requested categorical determination; never edited (a dual case has one per authority)." })
export class CategoricalDecision {
  @Field(() => ID, { description: "The hub's id of this decision." })
  id!: string;

  /** The screen that asked for the categorical; exposed through `LevelOneScreen.categoricalDecisions`. */
  screenId!: string;

  @Field(() => String, {
    description:
      "The role the decider acted as: one the state's policy names for the screen's indications (e.g. PAA for CO's Utilization Review Contractor, MH_AUTHORITY for MN's LMHA).",
  })
  deciderRole!: string;

  @Field(() => String, { description: "The organisation that decided, from its token." })
  decidedByOrganisationId!: string;

  @Field(() => CategoricalDecisionOutcome, { description: "Granted or denied." })
  decision!: CategoricalDecisionOutcome;

  @Field(() => DateScalar, { description: "The day of the decision: a grant's time limit runs from it." })
  decidedOn!: Date;

  @Field(() => String, { description: "Why: the documentation of why no Level II is done (CO 8.401.184 F), or why the categorical is denied." })
  reason!: string;

  @Field(() => DateTimeScalar, { description: "When the decision reached the hub." })
  recordedAt!: Date;
}

/** The deciding authority's worklist: screens whose categorical awaits its decision, soonest due first. */
export const CategoricalRequestConnection = connectionOf(LevelOneScreen, "CategoricalRequest", "Level I screen awaiting a categorical decision");
