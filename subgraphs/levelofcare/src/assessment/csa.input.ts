import { Field, InputType } from "type-graphql";
import { BehaviorStatus, CsaFrequency, EscalationLikelihood, ImpairmentLevel } from "./csa.type.ts";

const criteria = (area: string) => ({
  defaultValue: [],
  description: `The ${area} criteria met, by the rule's roman numeral (CO §8.401.16.B.1.ii.1), e.g. ["ii"].`,
});

@InputType({ description: "The ADL and health-condition criteria met, per area (CO §8.401.16.B.1.ii.1.a–g)." })
export class CsaAdlCriteriaInput {
  @Field(() => [String], criteria("mobility (i–vii)")) mobility!: string[];
  @Field(() => [String], criteria("transferring (i–iii)")) transferring!: string[];
  @Field(() => [String], criteria("bathing (i)")) bathing!: string[];
  @Field(() => [String], criteria("dressing (i–iii)")) dressing!: string[];
  @Field(() => [String], criteria("toileting (i–vii)")) toileting!: string[];
  @Field(() => [String], criteria("eating (i–ii)")) eating!: string[];
  @Field(() => [String], criteria("health condition (i paralysis, ii missing limb)")) healthCondition!: string[];
}

@InputType({ description: "Behavior status and interventions (CO §8.401.16.B.1.ii.2)." })
export class CsaBehaviorInput {
  @Field(() => BehaviorStatus, { description: "Injury to self, physical aggression or property destruction." })
  injuryAggressionOrDestruction!: keyof typeof BehaviorStatus;
  @Field(() => Boolean, { description: "Verbal aggression currently requires interventions or presents symptoms." })
  verbalAggressionCurrently!: boolean;
  @Field(() => Boolean, { description: "The person presents threats to their own or others' safety." })
  threatToSafety!: boolean;
  @Field(() => CsaFrequency, { description: "How often cueing is required." })
  cueing!: keyof typeof CsaFrequency;
  @Field(() => CsaFrequency, { description: "How often physical intervention is required." })
  physicalIntervention!: keyof typeof CsaFrequency;
  @Field(() => CsaFrequency, { description: "How often planned intervention is required." })
  plannedIntervention!: keyof typeof CsaFrequency;
  @Field(() => EscalationLikelihood, { description: "Likelihood the behavior would occur or escalate if services were withdrawn." })
  escalationIfServicesWithdrawn!: keyof typeof EscalationLikelihood;
}

@InputType({ description: "Level of impairment per memory-and-cognition area (CO §8.401.16.B.1.ii.3)." })
export class CsaCognitionInput {
  @Field(() => ImpairmentLevel, { description: "Memory." }) memory!: keyof typeof ImpairmentLevel;
  @Field(() => ImpairmentLevel, { description: "Attention." }) attention!: keyof typeof ImpairmentLevel;
  @Field(() => ImpairmentLevel, { description: "Problem solving." }) problemSolving!: keyof typeof ImpairmentLevel;
  @Field(() => ImpairmentLevel, { description: "Planning." }) planning!: keyof typeof ImpairmentLevel;
  @Field(() => ImpairmentLevel, { description: "Judgment." }) judgment!: keyof typeof ImpairmentLevel;
}

@InputType({ description: "Sensory and communication (CO §8.401.16.B.1.ii.4)." })
export class CsaCommunicationInput {
  @Field(() => Boolean, { description: "Frequently has difficulty expressing needs or ideas to familiar people." })
  frequentDifficultyExpressingNeeds!: boolean;
  @Field(() => Boolean, { description: "Rarely or never expresses themself, or is very difficult to understand." })
  rarelyOrNeverExpressesOrVeryHardToUnderstand!: boolean;
}

@InputType({ description: "The Colorado Single Assessment level-of-care screen for adults (CO §8.401.16.B.1)." })
export class CsaResponsesInput {
  @Field(() => CsaAdlCriteriaInput, { description: "ADL and health-condition criteria met." }) adlCriteriaMet!: CsaAdlCriteriaInput;
  @Field(() => CsaBehaviorInput, { description: "Behaviors." }) behavior!: CsaBehaviorInput;
  @Field(() => CsaCognitionInput, { description: "Memory and cognition." }) cognition!: CsaCognitionInput;
  @Field(() => CsaCommunicationInput, { description: "Sensory and communication." }) communication!: CsaCommunicationInput;
}
