import { daysFrom, type Clock } from "@pasrr/calendar/clock";
import { demoFacilities, demoPeople, demoRecordedAt } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { LevelOfCareDb } from "../db.ts";

const id = (suffix: string) => `0193a000-0000-7000-8000-00000000${suffix}`;

/**
 * The demo Level of Care history, dated from the clock's today and each on record from the day it
 * was determined (so an `asOf` read sees it arrive):
 * - person 1: intermediate LOC from their admission (69 days ago, platform demo/cast.ts) for 180 days;
 * - person 4 (admitted 150 days ago, PASRR met 152 days ago): a 120-day intermediate LOC, its
 *   renewal decided 7 days before expiry (CT: renewals 7–10 days before), and that renewal
 *   superseded 20 days ago by a skilled LOC over the same days after a reassessment — so
 *   `levelOfCareDeterminations(asOf:)` and coverage 25 days ago answer intermediate, today skilled.
 * Idempotent (fixed ids, skipDuplicates).
 */
export async function seedDemoLevelOfCare(db: LevelOfCareDb, clock: Clock): Promise<void> {
  const day = (offset: number) => daysFrom(clock, offset);
  const [orla, , , ysolde] = demoPeople;
  const maple = demoFacilities[0]!;
  const approval = (suffix: string, individualId: string, type: "NF_INTERMEDIATE" | "NF_SKILLED", from: number, through: number, determined: number) => ({
    id: id(suffix),
    individualId,
    facilityId: maple.id,
    county: maple.county,
    levelOfCareType: type,
    decision: "APPROVED" as const,
    effectiveFrom: toDbDate(day(from)),
    effectiveThrough: toDbDate(day(through)),
    determinedAt: demoRecordedAt(day(determined)),
    determinedByOrganisationId: "demo-paa-region-1",
  });
  // One at a time: a superseding determination names one written before it.
  for (const row of [
    // As the first demo LOC has always been: no county or deciding organisation on record.
    { ...approval("c001", orla!.id, "NF_INTERMEDIATE", -69, 111, -69), county: null, determinedByOrganisationId: null },
    { ...approval("c041", ysolde!.id, "NF_INTERMEDIATE", -150, -31, -150), pasrrRequirementsMetOn: toDbDate(day(-152)) },
    { ...approval("c042", ysolde!.id, "NF_INTERMEDIATE", -30, 150, -37), pasrrRequirementsMetOn: toDbDate(day(-152)) },
    {
      ...approval("c043", ysolde!.id, "NF_SKILLED", -30, 150, -20),
      pasrrRequirementsMetOn: toDbDate(day(-152)),
      supersedesId: id("c042"),
      supersessionReason: "Reassessment after a fall: skilled nursing needed daily",
    },
  ]) {
    await db.levelOfCareDetermination.createMany({ data: [row], skipDuplicates: true });
  }
}
