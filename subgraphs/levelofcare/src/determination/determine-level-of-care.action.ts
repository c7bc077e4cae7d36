import { addDays, badUserInput, conflict, outOfScope, recordIdArgument, toDbDate } from "@pasrr/platform";
import type { Context } from "../context.ts";
import { readPasrrStanding } from "../pasrr/pasrr-standing.store.ts";
import { levelOfCareFacility } from "../access/person-facility.access.ts";
import type { DetermineLevelOfCareInput } from "./determination.input.ts";
import { determinationBreaches } from "./determination.rules.ts";

const nursingFacilityTypes = new Set(["NF_SKILLED", "NF_INTERMEDIATE"]);

/**
 * Records a determination after every rule has been checked: the caller's facility and county
 * (from the registry, person-facility.access.ts), the
 * assessment it rests on, the determination it supersedes, and the PASRR standing read from
 * screenings at write time. The determination, its notice and the supersession are one
 * transaction; a rule breach records nothing.
 */
export async function determineLevelOfCare(ctx: Context, input: DetermineLevelOfCareInput) {
  const individualId = recordIdArgument("input.individualId", input.individualId);
  const assessmentId = recordIdArgument("input.assessmentId", input.assessmentId);
  const facilityId = input.facilityId ? recordIdArgument("input.facilityId", input.facilityId) : null;
  const medicaidId = input.medicaidId?.trim() || null;
  const supersedesId = input.supersedesDeterminationId ? recordIdArgument("input.supersedesDeterminationId", input.supersedesDeterminationId) : null;
  // The county comes from the registry, through the person's relation to a facility the caller acts for (the guard checked it too).
  const facility = await levelOfCareFacility(ctx, individualId, facilityId);
  if (!facility) throw outOfScope();
  const county = facility.county;
  if (supersedesId && !input.supersessionReason?.trim()) throw badUserInput("input.supersessionReason", "is required when superseding a determination");

  const assessment = await ctx.db.levelOfCareAssessment.findUnique({ where: { id: assessmentId } });
  if (!assessment || assessment.individualId !== individualId) throw badUserInput("input.assessmentId", "is not an assessment of this person");
  if (supersedesId) {
    const earlier = await ctx.db.levelOfCareDetermination.findUnique({ where: { id: supersedesId }, include: { supersededBy: { select: { id: true } } } });
    if (!earlier || earlier.individualId !== individualId) throw badUserInput("input.supersedesDeterminationId", "is not a determination of this person");
    if (earlier.supersededBy) throw conflict(`Determination ${supersedesId} was already superseded by ${earlier.supersededBy.id}`, { supersededBy: earlier.supersededBy.id });
  }

  const standing = await readPasrrStanding(ctx, individualId);
  if (!standing) throw badUserInput("input.individualId", "is not a person known to the hub");
  // The state's today, not UTC's: a determination made at 8 pm in Ohio is made on Ohio's date.
  const determinedOn = ctx.services.clock.today();
  const breaches = determinationBreaches({
    decision: input.decision,
    nursingFacility: nursingFacilityTypes.has(input.levelOfCareType),
    effectiveFrom: input.effectiveFrom,
    effectiveThrough: input.effectiveThrough ?? null,
    determinedOn,
    reviewKind: input.reviewKind,
    retrospectiveReason: input.retrospectiveReason ?? null,
    transferDate: input.transferDate ?? null,
    assessmentMeetsLevelOfCare: assessment.meetsNursingFacilityLevelOfCare,
    medicaidId,
    medicaidApplicationFiledOn: input.medicaidApplicationFiledOn ?? null,
    pasrr: standing,
  });
  const breach = breaches[0];
  if (breach) throw badUserInput(`input.${breach.field}`, `${breach.problem} [${breach.rule}]`);

  return ctx.db.$transaction(async (tx) => {
    const determination = await tx.levelOfCareDetermination.create({
      data: {
        individualId,
        facilityId,
        county,
        levelOfCareType: input.levelOfCareType,
        decision: input.decision,
        effectiveFrom: toDbDate(input.effectiveFrom),
        effectiveThrough: input.effectiveThrough ? toDbDate(input.effectiveThrough) : null,
        determinedByOrganisationId: ctx.principal.organisationId,
        determinedAt: ctx.services.clock.now(),
        medicaidId,
        medicaidApplicationFiledOn: input.medicaidApplicationFiledOn ? toDbDate(input.medicaidApplicationFiledOn) : null,
        assessmentId,
        reviewKind: input.reviewKind,
        retrospectiveReason: input.retrospectiveReason ?? null,
        transferDate: input.transferDate ? toDbDate(input.transferDate) : null,
        pasrrRequirementsMetOn: standing.requirementsMetOn ? toDbDate(standing.requirementsMetOn) : null,
        supersedesId,
        supersessionReason: input.supersessionReason?.trim() || null,
      },
    });
    if (input.decision === "DENIED") {
      // A denial issues a notice with appeal rights (levelofcare issue; IL PAS/MH manual: 30 calendar days).
      await tx.levelOfCareNotice.create({
        data: { determinationId: determination.id, issuedOn: toDbDate(determinedOn), appealDeadline: toDbDate(addDays(determinedOn, ctx.services.policy.appealDays)) },
      });
    }
    return determination;
  });
}
