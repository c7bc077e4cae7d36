import { demoFacilities, demoPeople, toDbDate } from "@pasrr/platform";
import type { LevelOfCareDb } from "../db.ts";

/** An approved intermediate LOC for the first demo person at their facility; idempotent. */
export async function seedDemoLevelOfCare(db: LevelOfCareDb): Promise<void> {
  await db.levelOfCareDetermination.createMany({
    data: [
      {
        id: "0193a000-0000-7000-8000-00000000c001",
        individualId: demoPeople[0]!.id,
        facilityId: demoFacilities[0]!.id,
        levelOfCareType: "NF_INTERMEDIATE",
        decision: "APPROVED",
        effectiveFrom: toDbDate("2026-09-14"),
        effectiveThrough: toDbDate("2027-03-13"),
      },
    ],
    skipDuplicates: true,
  });
}
