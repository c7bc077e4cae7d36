import { forbidden, toDbDate } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { submissionRefusal } from "../access/access.rules.ts";
import { plannedReferrals } from "../level-two-referral/level-two-referral.rules.ts";
import { decideOutcome } from "../outcome/outcome.rules.ts";
import { parseInput } from "../validation.ts";
import type { SubmitLevelOneScreenInput } from "./level-one-screen.input.ts";
import { levelOneScreenSchema } from "./level-one-screen.validation.ts";

/**
 * Files a Level I: validates it, checks the submitter acts for the facility, decides the outcome
 * under the configured policy and stores the screen with its Level II referrals in one write.
 */
export async function submitLevelOneScreen(input: SubmitLevelOneScreenInput, ctx: Context) {
  const screen = parseInput(levelOneScreenSchema, input);
  const { principal, policy } = { principal: ctx.principal, policy: ctx.loaders.policy };
  const refusal = submissionRefusal(principal, screen);
  if (refusal) throw forbidden(refusal);
  const decided = decideOutcome(screen, policy);
  const referrals = decided.outcome === "LEVEL_II_REQUIRED" && decided.levelTwoCategory
    ? plannedReferrals(decided.levelTwoCategory, screen.screenedOn, policy)
    : [];
  return ctx.db.levelOneScreen.create({
    data: {
      individualId: screen.individualId,
      submittingOrganisationId: principal.organisationId,
      screenedOn: toDbDate(screen.screenedOn),
      facilityId: screen.facilityId,
      facilityCounty: screen.facilityCounty,
      reasonForScreening: screen.reasonForScreening,
      currentSetting: screen.currentSetting,
      indications: { mentalIllness: screen.mentalIllness, developmentalDisability: screen.developmentalDisability },
      dementia: screen.dementia,
      dangerToSelfOrOthers: screen.dangerToSelfOrOthers,
      requestedDetermination: screen.request?.kind ?? null,
      physicianCertifiedStayUnder30Days: screen.request?.physicianCertifiedStayUnder30Days ?? false,
      outcome: decided.outcome,
      levelTwoCategory: decided.levelTwoCategory,
      categoricalType: decided.categoricalType,
      validThrough: decided.validThrough ? toDbDate(decided.validThrough) : null,
      outcomeRule: decided.rule,
      outcomeSource: decided.source,
      outcomeExplanation: decided.explanation,
      policyState: policy.state,
      // A nested write: the screen and its referrals are stored together or not at all.
      referrals: {
        create: referrals.map((referral) => ({
          individualId: screen.individualId,
          authority: referral.authority,
          referredOn: toDbDate(referral.referredOn),
          dueOn: toDbDate(referral.dueOn),
          facilityId: screen.facilityId,
          facilityCounty: screen.facilityCounty,
        })),
      },
    },
  });
}
