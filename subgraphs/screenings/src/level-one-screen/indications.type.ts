import { Field, ObjectType } from "type-graphql";
import { z } from "zod";
import { developmentalDisabilitySchema, mentalIllnessSchema } from "./level-one-screen.validation.ts";

@ObjectType({ description: "The indications of serious mental illness a screen recorded (CO 8.401.191 A)." })
export class MentalIllnessIndications {
  @Field(() => Boolean, { description: "A diagnosis of mental illness." })
  diagnosis!: boolean;
  @Field(() => Boolean, { description: "Intensive psychiatric treatment within the last two years." })
  intensiveTreatmentWithinTwoYears!: boolean;
  @Field(() => Boolean, { description: "Psychotropic medication without a justifying diagnosis." })
  psychotropicWithoutDiagnosis!: boolean;
  @Field(() => Boolean, { description: "Presenting evidence of mental illness." })
  presentingEvidence!: boolean;
}

@ObjectType({ description: "The indications of ID/DD or a related condition a screen recorded (CO 8.401.191 B)." })
export class DevelopmentalDisabilityIndications {
  @Field(() => Boolean, { description: "A diagnosis of ID/DD or a related condition." })
  diagnosis!: boolean;
  @Field(() => Boolean, { description: "A history of ID/DD or a related condition." })
  history!: boolean;
  @Field(() => Boolean, { description: "Presenting evidence of ID/DD." })
  presentingEvidence!: boolean;
  @Field(() => Boolean, { description: "Referred by an agency serving people with ID/DD." })
  referredByDdAgency!: boolean;
  @Field(() => Boolean, { description: "A related condition with onset before age 22." })
  relatedConditionOnsetBefore22!: boolean;
}

/** The stored `indications` column, read back; null for screens filed before indications were recorded. */
const storedIndications = z.object({ mentalIllness: mentalIllnessSchema, developmentalDisability: developmentalDisabilitySchema });
export const readIndications = (value: unknown) => {
  const parsed = storedIndications.safeParse(value);
  return parsed.success ? parsed.data : null;
};
