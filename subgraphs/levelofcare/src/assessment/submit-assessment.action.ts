import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";
import type { SubmitLevelOfCareAssessmentInput } from "./assessment.input.ts";
import type { CriterionFinding } from "./assessment.type.ts";
import { scoreAssessment } from "./score-assessment.action.ts";

/**
 * Records a functional assessment with its computed outcome, checked and scored by
 * scoreAssessment (the same function the preview runs): CO §8.401, ULTC 100.2 or CSA.
 */
export async function submitAssessment(ctx: Context, input: SubmitLevelOfCareAssessmentInput) {
  const { individualId, facility, answers, outcome } = await scoreAssessment(ctx, input);
  const assessment = await ctx.db.levelOfCareAssessment.create({
    data: {
      individualId,
      instrument: input.instrument,
      assessedOn: toDbDate(input.assessedOn),
      county: facility.county,
      assessorOrganisationId: ctx.principal.organisationId,
      responses: JSON.parse(JSON.stringify(answers.responses)),
      meetsNursingFacilityLevelOfCare: outcome.meetsNursingFacilityLevelOfCare,
      findings: JSON.parse(JSON.stringify(outcome.findings)),
    },
  });
  return { ...assessment, findings: assessment.findings as unknown as CriterionFinding[] };
}
