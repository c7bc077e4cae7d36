import { Arg, Query, Resolver } from "type-graphql";
import { AssessmentInstrument } from "../generated/prisma/enums.ts";
import { AssessmentAreaOptions } from "./assessment-options.type.ts";
import { csaAdlCriteria, csaCriteriaOf, type CsaAdlArea } from "./csa.rules.ts";
import { ultcAreas, ultcDueToConditions } from "./ultc-100-2-conditions.rules.ts";

/**
 * The answers each area of an instrument accepts, read from the very tables the rules check them
 * against (ultc-100-2-conditions.rules.ts: CO 10 CCR 2505-10 §8.401, A.; csa.rules.ts: §8.401.16.B.1.ii.1),
 * so a form offers exactly what submitting accepts.
 */
@Resolver()
export class AssessmentOptionsResolver {
  @Query(() => [AssessmentAreaOptions], {
    description:
      'The answers each area of an instrument accepts: ULTC 100.2 "Due To" conditions, or CSA ADL criteria by roman numeral. Reference data, no person.',
  })
  levelOfCareAssessmentOptions(
    @Arg("instrument", () => AssessmentInstrument, { description: "The instrument." }) instrument: AssessmentInstrument,
  ): AssessmentAreaOptions[] {
    if (instrument === "ULTC_100_2") return ultcAreas.map((area) => ({ area, options: [...ultcDueToConditions[area]] }));
    return (Object.keys(csaAdlCriteria) as CsaAdlArea[]).map((area) => ({ area, options: csaCriteriaOf(area) }));
  }
}
