import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { complianceReasons, complianceSources, type ComplianceReason, type ComplianceStatus } from "./compliance.rules.ts";

export const PasrrComplianceReason = Object.fromEntries(complianceReasons.map((reason) => [reason, reason])) as { [R in ComplianceReason]: R };
registerEnumType(PasrrComplianceReason, {
  name: "PasrrComplianceReason",
  description: "Why a person's PASRR standing on a day is what it is (screenings' compliance rules, issue 16).",
  valuesConfig: {
    PASRR_MET: { description: `The PASRR requirements were met and in force (${complianceSources.PASRR_MET}).` },
    PASRR_MISSING: { description: `No Level I, exemption or categorical on file (${complianceSources.PASRR_MISSING}).` },
    PAS_INCOMPLETE: { description: `The PAA returned the screen incomplete; it does not count (${complianceSources.PAS_INCOMPLETE}).` },
    LEVEL_II_PENDING: { description: `A Level II is required and not yet determined (${complianceSources.LEVEL_II_PENDING}).` },
    ADVERSE_LEVEL_II_NO_NF_NEED: { description: `A Level II found no need for nursing facility services (${complianceSources.ADVERSE_LEVEL_II_NO_NF_NEED}).` },
    ADVERSE_LEVEL_II_SPECIALIZED_SERVICES: {
      description: `A Level II found specialized services the NF cannot give, and no NF need (${complianceSources.ADVERSE_LEVEL_II_SPECIALIZED_SERVICES}).`,
    },
    ADVERSE_LEVEL_II_APPEAL_PENDING: { description: `An adverse Level II is under appeal (${complianceSources.ADVERSE_LEVEL_II_APPEAL_PENDING}).` },
    EXEMPTION_EXPIRED: {
      description: `A time-limited exemption, categorical or Level II approval ended without a Resident Review (${complianceSources.EXEMPTION_EXPIRED}).`,
    },
  },
});
export const PasrrComplianceStatus = { MET: "MET", NOT_MET: "NOT_MET" } as const satisfies { [S in ComplianceStatus]: S };
registerEnumType(PasrrComplianceStatus, {
  name: "PasrrComplianceStatus",
  description: "Whether the PASRR requirements were met on the days of a compliance period.",
  valuesConfig: { MET: { description: "The PASRR requirements were met and in force." }, NOT_MET: { description: "They were not: the reason says why." } },
});

@ObjectType({
  description:
    "Consecutive days with one PASRR standing, derived from the records in force on those days (never from whatever was filed last), as the hub knew them from `knownFrom` through `knownThrough`. No clinical content: reason codes and record ids only.",
})
export class PasrrCompliancePeriod {
  @Field(() => DateScalar, { description: "The first day of the period." })
  from!: string;
  @Field(() => DateScalar, { nullable: true, description: "The last day (included); null while open." })
  through!: string | null;
  @Field(() => PasrrComplianceStatus, { description: "MET or NOT_MET." })
  status!: ComplianceStatus;
  @Field(() => PasrrComplianceReason, { description: "Why." })
  reason!: ComplianceReason;
  @Field(() => ID, { nullable: true, description: "The facility of the NF admission in force, when the census reported one." })
  facilityId!: string | null;
  @Field(() => [ID], { description: "The records behind the standing: screens, referrals, Level II determinations, appeals, the admission." })
  recordIds!: string[];
  @Field(() => DateScalar, { description: "The first day the hub answered with this period." })
  knownFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: "The last day it did (a later record changed it); null while it still does." })
  knownThrough!: string | null;
}
