import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { badUserInput } from "@pasrr/graphql-kit/errors";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Role } from "@pasrr/auth/roles";
import { levelOfCareFacility } from "../access/person-county.ts";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { SubmitLevelOfCareAssessmentInput, SubmitLevelOfCareAssessmentPayload } from "./assessment.input.ts";
import { assessLevelOfCare, assessmentProblems, type InstrumentResponses } from "./assessment.rules.ts";
import { LevelOfCareAssessment, type CriterionFinding } from "./assessment.type.ts";

/** Assessors: the PAA for people in its counties (OH COA guide, "Level of Care") and the state. */
export const assessors: Role[] = ["PAA", "STATE_MEDICAID_AGENCY"];

/** The answers of the named instrument, which must be the only ones given. */
function answersOf(input: SubmitLevelOfCareAssessmentInput): InstrumentResponses {
  const [given, other] = input.instrument === "ULTC_100_2" ? (["ultc100_2", "csa"] as const) : (["csa", "ultc100_2"] as const);
  if (!input[given]) throw badUserInput(`input.${given}`, `is required with the ${input.instrument} instrument`);
  if (input[other]) throw badUserInput(`input.${other}`, `must be left out with the ${input.instrument} instrument`);
  // GraphQL has checked the shapes; the instrument's own rules come next.
  return input.instrument === "ULTC_100_2"
    ? { instrument: "ULTC_100_2", responses: structuredClone(input.ultc100_2!) }
    : { instrument: "CSA", responses: structuredClone(input.csa!) };
}

@Resolver(() => LevelOfCareAssessment)
export class LevelOfCareAssessmentResolver {
  @Mutation(() => SubmitLevelOfCareAssessmentPayload, { description: "Records a functional assessment and computes whether it meets nursing-facility level of care." })
  async submitLevelOfCareAssessment(
    @Arg("input", () => SubmitLevelOfCareAssessmentInput, { description: "The assessment." }) input: SubmitLevelOfCareAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<SubmitLevelOfCareAssessmentPayload> {
    const individualId = recordIdArgument("input.individualId", input.individualId);
    if (input.assessedOn > ctx.services.clock.today()) throw badUserInput("input.assessedOn", "may not be in the future");
    const facilityId = input.facilityId ? recordIdArgument("input.facilityId", input.facilityId) : null;
    // The county comes from the registry, through the person's relation to a facility the caller acts for (the guard checked it too).
    const facility = await levelOfCareFacility(ctx, individualId, facilityId);
    if (!facility) throw outOfScope();
    const county = facility.county;
    const answers = answersOf(input);
    const problem = assessmentProblems(answers)[0];
    if (problem) throw badUserInput(`input.${problem.field}`, problem.problem);
    const outcome = assessLevelOfCare(answers);
    const assessment = await ctx.db.levelOfCareAssessment.create({
      data: {
        individualId,
        instrument: input.instrument,
        assessedOn: toDbDate(input.assessedOn),
        county,
        assessorOrganisationId: ctx.principal.organisationId,
        responses: JSON.parse(JSON.stringify(answers.responses)),
        meetsNursingFacilityLevelOfCare: outcome.meetsNursingFacilityLevelOfCare,
        findings: JSON.parse(JSON.stringify(outcome.findings)),
      },
    });
    return { assessment: { ...assessment, findings: assessment.findings as unknown as CriterionFinding[] } };
  }

  @FieldResolver(() => Individual, { description: "The person assessed." })
  individual(@Root() assessment: LevelOfCareAssessment): Individual {
    return { id: assessment.individualId };
  }
}
