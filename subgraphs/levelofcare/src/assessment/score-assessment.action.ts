import { badUserInput } from "@pasrr/graphql-kit/errors";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import type { RegisteredFacility } from "@pasrr/subgraph-kit/access/facility-registry";
import { levelOfCareFacility } from "../access/person-facility.access.ts";
import type { Context } from "../context.ts";
import type { SubmitLevelOfCareAssessmentInput } from "./assessment.input.ts";
import { assessLevelOfCare, assessmentProblems, type InstrumentResponses } from "./assessment.rules.ts";
import type { LevelOfCareOutcome } from "./ultc-100-2.rules.ts";

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

/** An assessment checked and scored, not yet stored. */
export interface ScoredAssessment {
  individualId: string;
  facility: RegisteredFacility;
  answers: InstrumentResponses;
  outcome: LevelOfCareOutcome;
}

/**
 * Checks and scores an assessment exactly as it would be recorded, storing nothing: the person's
 * facility and county from the registry (person-facility.access.ts), the instrument's answers
 * checked by its rules, then scored (CO 10 CCR 2505-10 §8.401: ULTC 100.2 or CSA). Submitting
 * (submit-assessment.action.ts) and the live preview both run this one function, so they cannot drift.
 */
export async function scoreAssessment(ctx: Context, input: SubmitLevelOfCareAssessmentInput): Promise<ScoredAssessment> {
  const individualId = recordIdArgument("input.individualId", input.individualId);
  if (input.assessedOn > ctx.services.clock.today()) throw badUserInput("input.assessedOn", "may not be in the future");
  const facilityId = input.facilityId ? recordIdArgument("input.facilityId", input.facilityId) : null;
  // The county comes from the registry, through the person's relation to a facility the caller acts for (the guard checked it too).
  const facility = await levelOfCareFacility(ctx, individualId, facilityId);
  if (!facility) throw outOfScope();
  const answers = answersOf(input);
  const problem = assessmentProblems(answers)[0];
  if (problem) throw badUserInput(`input.${problem.field}`, problem.problem);
  return { individualId, facility, answers, outcome: assessLevelOfCare(answers) };
}
