import { assertVersion, atVersion, expectedVersionOf, nextVersion } from "@pasrr/graphql-kit/versioning";
import { badUserInput, conflict, outOfReach } from "@pasrr/graphql-kit/errors";
import { facilityRegistry } from "@pasrr/subgraph-kit/access/facility-registry";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { PasrrPolicy } from "../policy/policy.model.ts";
import { assignedTo, determinationConflict, releasedDueOn, sequenceRefusal } from "../level-two-referral/level-two-referral.rules.ts";
import { issueDeterminationNotices } from "../notice/notice.store.ts";
import { noticesFor } from "../notice/notice.rules.ts";
import { applyDeterminationToClocks, currentNursingFacility } from "../resident-review/determination-clocks.store.ts";
import type { RecordLevelTwoDeterminationInput } from "./level-two-determination.input.ts";
import { determinationSchema, type DeterminationSubmission } from "./level-two-determination.validation.ts";
import { levelTwoOutcome, type DerivedOutcome } from "./level-two-outcome.rules.ts";
import { finalDeterminationReferral } from "./provisional.rules.ts";

const optionalDate = (date: string | null) => (date ? toDbDate(date) : null);

type ReferralWithScreen = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

const findReferral = (ctx: Context, id: string) => ctx.db.levelTwoReferral.findUnique({ where: { id }, include: { screen: { include: { referrals: true } } } });

/**
 * The open referral the determination is for, once every check holds: routed to the caller's
 * authority (else answered as missing), open and next in the state's sequence (else a CONFLICT), at
 * the version the caller read, and the facts consistent with it (else BAD_USER_INPUT).
 */
async function referralToDetermine(ctx: Context, determination: DeterminationSubmission, expected: number | undefined): Promise<ReferralWithScreen> {
  const referral = await findReferral(ctx, determination.referralId);
  // A referral assigned to the other authority is not this caller's to see: answered as missing.
  if (!referral || !assignedTo(ctx.principal, referral)) throw outOfReach(`Level II referral ${determination.referralId}`);
  const refusal = determinationConflict(ctx.principal, referral) ?? sequenceRefusal(referral, referral.screen.referrals);
  if (!refusal) assertVersion(`Level II referral ${referral.id}`, expected, referral.version);
  if (refusal) throw conflict(refusal, { referralId: referral.id, status: referral.status });
  if (referral.authority === "DD" && determination.seriousMentalIllnessPrimary !== null) {
    throw badUserInput("input.seriousMentalIllnessPrimary", "applies only to mental-health referrals");
  }
  if (determination.determinedOn < fromDbDate(referral.referredOn)) {
    throw badUserInput("input.determinedOn", "may not precede the referral");
  }
  // The admitting NF is sent a copy of the notice (PHI): it must be a nursing facility the registry holds, not any id the request names.
  if (determination.admittingFacilityId && (await facilityRegistry(ctx).load(determination.admittingFacilityId))?.type !== "NURSING_FACILITY") {
    throw badUserInput("input.admittingFacilityId", "is not a nursing facility the facility registry holds");
  }
  return referral;
}

/** Closes the referral by a conditional update on its status and version: a second determination of it is a CONFLICT. */
async function closeReferral(tx: Prisma.TransactionClient, referral: ReferralWithScreen, expected: number | undefined): Promise<void> {
  const closed = await tx.levelTwoReferral.updateMany({
    where: { id: referral.id, status: "OPEN", ...atVersion(expected) },
    data: { status: "DETERMINED", ...nextVersion },
  });
  if (closed.count !== 1) {
    const now = await tx.levelTwoReferral.findUniqueOrThrow({ where: { id: referral.id } });
    assertVersion(`Level II referral ${referral.id}`, expected, now.version);
    throw conflict("this referral has already been determined", { referralId: referral.id, currentVersion: now.version });
  }
}

/** What follows from the determination on the screen's other referrals: a provisional one's final referral, and a referral waiting for this one. */
async function openFollowingReferrals(
  tx: Prisma.TransactionClient,
  created: { id: string },
  determination: DeterminationSubmission,
  derived: DerivedOutcome,
  referral: ReferralWithScreen,
  policy: PasrrPolicy,
): Promise<void> {
  if (derived.outcome === "PROVISIONAL") {
    const followUp = finalDeterminationReferral(
      { id: created.id, determinedOn: determination.determinedOn, approvedThrough: derived.approvedThrough! },
      referral,
    );
    await tx.levelTwoReferral.create({
      data: {
        screenId: referral.screenId,
        individualId: referral.individualId,
        authority: followUp.authority,
        followsDeterminationId: followUp.followsDeterminationId,
        referredOn: toDbDate(followUp.referredOn),
        dueOn: toDbDate(followUp.dueOn),
        facilityId: referral.facilityId,
        facilityCounty: referral.facilityCounty,
      },
    });
  }
  // A referral waiting for this one (IL IV.D.3: DD before MH) is now due one time frame from this determination.
  await tx.levelTwoReferral.updateMany({
    where: { screenId: referral.screenId, awaitsAuthority: referral.authority, status: "OPEN" },
    data: { dueOn: toDbDate(releasedDueOn(determination.determinedOn, policy)) },
  });
}

/**
 * Records an authority's Level II determination, closes the referral and issues the notices,
 * all in one transaction. The outcome is derived by levelTwoOutcome from the facts and the
 * policy; a provisional one opens the referral for its final determination. The referral is
 * closed with a conditional update, so two concurrent determinations of one referral cannot both
 * succeed (the second is a CONFLICT).
 */
export async function recordLevelTwoDetermination(input: RecordLevelTwoDeterminationInput, ctx: Context) {
  const determination = parseInput(determinationSchema(ctx.services.clock.today()), input);
  const policy = ctx.services.policy;
  const expected = expectedVersionOf(input.expectedVersion);
  const referral = await referralToDetermine(ctx, determination, expected);
  const derived = levelTwoOutcome({ ...determination, authority: referral.authority, followsProvisional: referral.followsDeterminationId !== null }, policy);
  if ("refusal" in derived) throw badUserInput(`input.${derived.refusal.field}`, `${derived.refusal.problem} [${derived.refusal.rule}]`);
  const notices = noticesFor({ ...determination, ...derived, screen: referral.screen, addressees: determination }, policy);
  // Asked of the census before the transaction opens: where a time-limited approval's review is due.
  const residentAt = determination.approvedThrough ? await currentNursingFacility(ctx, referral.individualId) : null;
  return ctx.db.$transaction(async (tx) => {
    await closeReferral(tx, referral, expected);
    const created = await tx.levelTwoDetermination.create({
      data: {
        referralId: referral.id,
        individualId: referral.individualId,
        conditionConfirmed: determination.conditionConfirmed,
        seriousMentalIllnessPrimary: determination.seriousMentalIllnessPrimary,
        needsNursingFacilityServices: determination.needsNursingFacilityServices,
        needsSpecializedServices: determination.needsSpecializedServices,
        recommendedServices: determination.recommendedServices,
        approvalPeriod: derived.approvalPeriod,
        approvedThrough: optionalDate(derived.approvedThrough),
        evaluatorName: determination.evaluatorName,
        evaluatedOn: toDbDate(determination.evaluatedOn),
        determinedOn: toDbDate(determination.determinedOn),
        determinedByOrganisationId: ctx.principal.organisationId,
        outcome: derived.outcome,
        outcomeSource: derived.source,
        specializedServicesProvider: derived.specializedServicesProvider?.value ?? null,
        policyState: policy.state,
      },
    });
    await issueDeterminationNotices(tx, { id: created.id, individualId: created.individualId, determinedOn: determination.determinedOn }, referral, notices);
    await openFollowingReferrals(tx, created, determination, derived, referral, policy);
    const recorded = {
      individualId: referral.individualId,
      screenId: referral.screenId,
      determinedOn: determination.determinedOn,
      approvedThrough: determination.approvedThrough,
      residentAt,
    };
    await applyDeterminationToClocks(tx, recorded, policy);
    return created;
  });
}
