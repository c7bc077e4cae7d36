import { facilityActedFor } from "@pasrr/subgraph-kit/access/facility-registry";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";
import { plannedReferrals } from "../level-two-referral/level-two-referral.rules.ts";
import { referralRows } from "../level-two-referral/level-two-referral.store.ts";
import { issueLevelOneNotices } from "../notice/notice.store.ts";
import { decideOutcome } from "../outcome/outcome.rules.ts";
import type { SubmitLevelOneScreenInput } from "./level-one-screen.input.ts";
import { levelOneScreenSchema } from "./level-one-screen.validation.ts";

/** Reasons for screening that make a Level I a Resident Review (CT newsletters, "Reasons for Screening"). */
const reviewReasons: string[] = [
  "RESIDENT_SIGNIFICANT_CHANGE",
  "EXPIRING_SHORT_TERM_APPROVAL",
  "RESIDENT_NEVER_SCREENED",
  "RESIDENT_SIGNS_OF_PASRR_CONDITION",
  "NF_TRANSFER_NO_PASRR_RECORDS",
  "RESIDENT_IN_PSYCHIATRIC_HOSPITAL",
];

/**
 * Files a Level I: validates it, reads the facility from the registry (the matrix guard has
 * checked, by access/write-scope.access.ts, that the caller acts for it and is related to the person),
 * decides the outcome
 * under the configured policy and stores the screen with its Level II referrals (and completes the
 * resident's open Resident Reviews) in one transaction.
 */
export async function submitLevelOneScreen(input: SubmitLevelOneScreenInput, ctx: Context) {
  const screen = parseInput(levelOneScreenSchema(ctx.services.clock.today()), input);
  const { principal } = ctx;
  const policy = ctx.services.policy;
  // Asked before the transaction opens; the guard's own lookup is cached for the request.
  const facility = await facilityActedFor(ctx, screen.facilityId);
  if (!facility) throw outOfScope();
  const decided = decideOutcome({ ...screen, filedByHospital: principal.role === "HOSPITAL" }, policy);
  const referrals =
    decided.outcome === "LEVEL_II_REQUIRED" && decided.levelTwoCategory ? plannedReferrals(decided.levelTwoCategory, screen.screenedOn, policy) : [];
  const completesReview = reviewReasons.includes(screen.reasonForScreening);
  return ctx.db.$transaction(async (tx) => {
    const created = await tx.levelOneScreen.create({
      data: {
        individualId: screen.individualId,
        submittingOrganisationId: principal.organisationId,
        screenedOn: toDbDate(screen.screenedOn),
        facilityId: screen.facilityId,
        facilityCounty: facility.county,
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
        // A categorical is only asked for here; the authority the pack names decides it (decideCategorical).
        categoricalStatus: decided.outcome === "CATEGORICAL_REQUESTED" ? "REQUESTED" : null,
        categoricalDueOn: decided.categoricalDueOn ? toDbDate(decided.categoricalDueOn) : null,
        outcomeRule: decided.rule,
        outcomeSource: decided.source,
        outcomeExplanation: decided.explanation,
        policyState: policy.state,
        // A nested write: the screen and its referrals are stored together or not at all.
        referrals: { create: referralRows(referrals, { individualId: screen.individualId, facilityId: screen.facilityId, facilityCounty: facility.county }) },
      },
    });
    // CO 8.401.193 A–B: a Level I that refers to a Level II is noticed to the person (and representative).
    await issueLevelOneNotices(tx, created, referrals, input.hasRepresentative ?? false);
    // A Level I filed for a resident is the Resident Review: it completes the resident's open
    // reviews at the facility it is filed for, never another NF's.
    if (completesReview) {
      await tx.residentReview.updateMany({
        where: { individualId: screen.individualId, facilityId: screen.facilityId, completedOn: null },
        data: { completedOn: toDbDate(screen.screenedOn), completedByScreenId: created.id },
      });
    }
    return created;
  });
}
