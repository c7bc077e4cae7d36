import { dateInTimeZone } from "@pasrr/calendar/calendar-date";
import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { Appeal, LevelOneScreen, LevelTwoDetermination, LevelTwoReferral, NursingFacilityAdmission } from "../generated/prisma/client.ts";
import type { ComplianceRecords } from "./compliance.rules.ts";
import { complianceHistory } from "./compliance-history.rules.ts";

/** The compliance records from stored rows: maps them to the plain records compliance.rules.ts reads. */
export function complianceRecords(
  timeZone: string,
  screens: LevelOneScreen[],
  levelTwo: (LevelTwoReferral & { determination: (LevelTwoDetermination & { appeals: Appeal[] }) | null })[],
  admissions: NursingFacilityAdmission[],
): ComplianceRecords {
  // The day the hub learned of a record is the state's date when it was stored, as every "as of" is.
  const dayOf = (at: Date) => dateInTimeZone(at, timeZone);
  return {
    screens: screens.map((s) => ({
      id: s.id,
      screenedOn: fromDbDate(s.screenedOn),
      knownOn: dayOf(s.submittedAt),
      outcome: s.outcome,
      validThrough: s.validThrough ? fromDbDate(s.validThrough) : null,
      reviewStatus: s.reviewStatus,
      reviewedOn: s.reviewedOn ? fromDbDate(s.reviewedOn) : null,
      returnedOn: s.returnedOn ? fromDbDate(s.returnedOn) : null,
      receivedCompleteOn: s.receivedCompleteOn ? fromDbDate(s.receivedCompleteOn) : null,
      categoricalGrantedOn: s.categoricalStatus === "GRANTED" && s.categoricalDecidedOn ? fromDbDate(s.categoricalDecidedOn) : null,
    })),
    referrals: levelTwo.map((r) => ({ id: r.id, screenId: r.screenId, followsDeterminationId: r.followsDeterminationId })),
    determinations: levelTwo.flatMap(({ determination: d }) =>
      d
        ? [
            {
              id: d.id,
              referralId: d.referralId,
              determinedOn: fromDbDate(d.determinedOn),
              knownOn: dayOf(d.recordedAt),
              needsNursingFacilityServices: d.needsNursingFacilityServices,
              needsSpecializedServices: d.needsSpecializedServices,
              approvedThrough: d.approvedThrough ? fromDbDate(d.approvedThrough) : null,
              appeals: d.appeals.map((a) => ({
                id: a.id,
                filedOn: fromDbDate(a.filedOn),
                status: a.status,
                decidedOn: a.decidedOn ? fromDbDate(a.decidedOn) : null,
              })),
            },
          ]
        : [],
    ),
    admissions: admissions.map((a) => ({ id: a.id, facilityId: a.facilityId, admittedOn: fromDbDate(a.admittedOn), knownOn: dayOf(a.createdAt) })),
  };
}

export const complianceFromRows = (...rows: Parameters<typeof complianceRecords>) => complianceHistory(complianceRecords(...rows));
