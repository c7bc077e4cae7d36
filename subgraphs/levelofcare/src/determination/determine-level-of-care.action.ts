import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { badUserInput, conflict } from "@pasrr/graphql-kit/errors";
import { outOfScope } from "@pasrr/subgraph-kit/access/scope-guard";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";
import { readPasrrStanding } from "../pasrr/pasrr-standing.store.ts";
import { levelOfCareFacility } from "../access/person-facility.access.ts";
import type { DetermineLevelOfCareInput } from "./determination.input.ts";
import { determinationBreaches, type PasrrStanding } from "./determination.rules.ts";

const nursingFacilityTypes = new Set(["NF_SKILLED", "NF_INTERMEDIATE"]);

/** The records a determination names, by the ids the input gives (each checked, BAD_USER_INPUT naming its field). */
interface NamedRecords {
  individualId: string;
  assessmentId: string;
  facilityId: string | null;
  supersedesId: string | null;
}

/** What the determination is recorded with besides its input: found in the registry and screenings, and the day it is made. */
interface Findings {
  county: string;
  medicaidId: string | null;
  standing: PasrrStanding;
  determinedOn: CalendarDate;
}

/**
 * Records a determination after every rule has been checked: the caller's facility and county
 * (from the registry, person-facility.access.ts), the assessment it rests on, the determination it
 * supersedes, and the PASRR standing read from screenings at write time. The determination, its
 * notice and the supersession are one transaction; a rule breach records nothing.
 */
export async function determineLevelOfCare(ctx: Context, input: DetermineLevelOfCareInput) {
  const ids: NamedRecords = {
    individualId: recordIdArgument("input.individualId", input.individualId),
    assessmentId: recordIdArgument("input.assessmentId", input.assessmentId),
    facilityId: input.facilityId ? recordIdArgument("input.facilityId", input.facilityId) : null,
    supersedesId: input.supersedesDeterminationId ? recordIdArgument("input.supersedesDeterminationId", input.supersedesDeterminationId) : null,
  };
  // The county comes from the registry, through the person's relation to a facility the caller acts for (the guard checked it too).
  const facility = await levelOfCareFacility(ctx, ids.individualId, ids.facilityId);
  if (!facility) throw outOfScope();
  const assessment = await checkRecordsItRestsOn(ctx, input, ids);
  const standing = await readPasrrStanding(ctx, ids.individualId);
  if (!standing) throw badUserInput("input.individualId", "is not a person known to the hub");
  // The state's today, not UTC's: a determination made at 8 pm in Ohio is made on Ohio's date.
  const findings: Findings = { county: facility.county, medicaidId: input.medicaidId?.trim() || null, standing, determinedOn: ctx.services.clock.today() };
  const breach = determinationBreaches({
    decision: input.decision,
    nursingFacility: nursingFacilityTypes.has(input.levelOfCareType),
    effectiveFrom: input.effectiveFrom,
    effectiveThrough: input.effectiveThrough ?? null,
    determinedOn: findings.determinedOn,
    reviewKind: input.reviewKind,
    retrospectiveReason: input.retrospectiveReason ?? null,
    transferDate: input.transferDate ?? null,
    assessmentMeetsLevelOfCare: assessment.meetsNursingFacilityLevelOfCare,
    medicaidId: findings.medicaidId,
    medicaidApplicationFiledOn: input.medicaidApplicationFiledOn ?? null,
    pasrr: standing,
  })[0];
  if (breach) throw badUserInput(`input.${breach.field}`, `${breach.problem} [${breach.rule}]`);
  return recordDetermination(ctx, input, ids, findings);
}

/**
 * The assessment the determination rests on (the same person's), and the determination it
 * supersedes (the same person's, not superseded already, and with a reason).
 */
async function checkRecordsItRestsOn(ctx: Context, input: DetermineLevelOfCareInput, { individualId, assessmentId, supersedesId }: NamedRecords) {
  if (supersedesId && !input.supersessionReason?.trim()) throw badUserInput("input.supersessionReason", "is required when superseding a determination");
  const assessment = await ctx.db.levelOfCareAssessment.findUnique({ where: { id: assessmentId } });
  if (!assessment || assessment.individualId !== individualId) throw badUserInput("input.assessmentId", "is not an assessment of this person");
  if (supersedesId) {
    const earlier = await ctx.db.levelOfCareDetermination.findUnique({ where: { id: supersedesId }, include: { supersededBy: { select: { id: true } } } });
    if (!earlier || earlier.individualId !== individualId) throw badUserInput("input.supersedesDeterminationId", "is not a determination of this person");
    if (earlier.supersededBy)
      throw conflict(`Determination ${supersedesId} was already superseded by ${earlier.supersededBy.id}`, { supersededBy: earlier.supersededBy.id });
  }
  return assessment;
}

/** The determination and, for a denial, its notice with the appeal deadline: one transaction. */
function recordDetermination(ctx: Context, input: DetermineLevelOfCareInput, ids: NamedRecords, findings: Findings) {
  const { county, medicaidId, standing, determinedOn } = findings;
  return ctx.db.$transaction(async (tx) => {
    const determination = await tx.levelOfCareDetermination.create({
      data: {
        ...ids,
        county,
        levelOfCareType: input.levelOfCareType,
        decision: input.decision,
        effectiveFrom: toDbDate(input.effectiveFrom),
        effectiveThrough: input.effectiveThrough ? toDbDate(input.effectiveThrough) : null,
        determinedByOrganisationId: ctx.principal.organisationId,
        determinedAt: ctx.services.clock.now(),
        medicaidId,
        medicaidApplicationFiledOn: input.medicaidApplicationFiledOn ? toDbDate(input.medicaidApplicationFiledOn) : null,
        reviewKind: input.reviewKind,
        retrospectiveReason: input.retrospectiveReason ?? null,
        transferDate: input.transferDate ? toDbDate(input.transferDate) : null,
        pasrrRequirementsMetOn: standing.requirementsMetOn ? toDbDate(standing.requirementsMetOn) : null,
        supersessionReason: input.supersessionReason?.trim() || null,
      },
    });
    if (input.decision === "DENIED") {
      // A denial issues a notice with appeal rights (levelofcare issue; IL PAS/MH manual: 30 calendar days).
      await tx.levelOfCareNotice.create({
        data: {
          determinationId: determination.id,
          issuedOn: toDbDate(determinedOn),
          appealDeadline: toDbDate(addDays(determinedOn, ctx.services.policy.appealDays)),
        },
      });
    }
    return determination;
  });
}
