import { Directive, Field, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";

/**
 * The state agency's IMD review: every Medicaid-certified nursing facility with its current
 * residents, for screenings to weigh against its Level II findings.
 *
 * Why an entity: federation cannot filter facilities by a share that needs two owners' data in
 * one resolver. Facilities owns who lives where, screenings owns who has a primary serious
 * mental illness. So facilities answers `imdReview` with the facilities and (router-only)
 * their `currentResidentIds`; screenings adds `facilitiesOverThreshold` with
 * `@requires(fields: "nursingFacilities { id county currentResidentIds }")`, counts the findings
 * in its own database and applies the CO thresholds. No service reads the other's tables and the
 * cross-owner rule lives with the data it judges.
 */
@ObjectType({ description: "The IMD review of today's census: Medicaid-certified nursing facilities and their residents (CO 10 CCR 2505-10 8.401.4)." })
@Directive('@key(fields: "asOf")')
export class ImdReview {
  @Field(() => DateScalar, { description: "The day of the census reviewed (today, UTC)." })
  asOf!: string;
}
