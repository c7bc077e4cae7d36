import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";

/**
 * Screenings' PASRR compliance periods, as levelofcare receives them through `@requires` (the
 * gateway vouches for them: representation-guard.ts). Names and types match screenings exactly;
 * screenings owns the rules, levelofcare only combines them with LOC, stays and payers.
 */
const reasons = [
  "PASRR_MET",
  "PASRR_MISSING",
  "PAS_INCOMPLETE",
  "LEVEL_II_PENDING",
  "ADVERSE_LEVEL_II_NO_NF_NEED",
  "ADVERSE_LEVEL_II_SPECIALIZED_SERVICES",
  "ADVERSE_LEVEL_II_APPEAL_PENDING",
  "EXEMPTION_EXPIRED",
] as const;
export const PasrrComplianceReason = Object.fromEntries(reasons.map((reason) => [reason, reason])) as { [R in (typeof reasons)[number]]: R };
registerEnumType(PasrrComplianceReason, {
  name: "PasrrComplianceReason",
  description: "Why a person's PASRR standing on a day is what it is (screenings' compliance rules, issue 16).",
});
export const PasrrComplianceStatus = { MET: "MET", NOT_MET: "NOT_MET" } as const;
registerEnumType(PasrrComplianceStatus, {
  name: "PasrrComplianceStatus",
  description: "Whether the PASRR requirements were met on the days of a compliance period.",
  valuesConfig: { MET: { description: "The PASRR requirements were met and in force." }, NOT_MET: { description: "They were not: the reason says why." } },
});

@ObjectType({ description: "Consecutive days with one PASRR standing (owned by screenings)." })
export class PasrrCompliancePeriod {
  @Directive("@external")
  @Field(() => DateScalar, { description: "The first day of the period." })
  from!: string;
  @Directive("@external")
  @Field(() => DateScalar, { nullable: true, description: "The last day (included); null while open." })
  through!: string | null;
  @Directive("@external")
  @Field(() => PasrrComplianceStatus, { description: "MET or NOT_MET." })
  status!: "MET" | "NOT_MET";
  @Directive("@external")
  @Field(() => PasrrComplianceReason, { description: "Why." })
  reason!: string;
  @Directive("@external")
  @Field(() => [ID], { description: "The records behind the standing." })
  recordIds!: string[];
  @Directive("@external")
  @Field(() => DateScalar, { description: "The first day the hub answered with this period." })
  knownFrom!: string;
  @Directive("@external")
  @Field(() => DateScalar, { nullable: true, description: "The last day it did; null while it still does." })
  knownThrough!: string | null;
}
