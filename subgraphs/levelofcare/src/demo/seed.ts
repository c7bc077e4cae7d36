import { daysFrom, type Clock } from "@pasrr/calendar/clock";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { LevelOfCareDb } from "../db.ts";

/**
 * An approved intermediate LOC for the first demo person at their facility, from their admission
 * (69 days ago, platform demo/cast.ts) for 180 days; idempotent.
 */
export async function seedDemoLevelOfCare(db: LevelOfCareDb, clock: Clock): Promise<void> {
  await db.levelOfCareDetermination.createMany({
    data: [
      {
        id: "0193a000-0000-7000-8000-00000000c001",
        individualId: demoPeople[0]!.id,
        facilityId: demoFacilities[0]!.id,
        levelOfCareType: "NF_INTERMEDIATE",
        decision: "APPROVED",
        effectiveFrom: toDbDate(daysFrom(clock, -69)),
        effectiveThrough: toDbDate(daysFrom(clock, 111)),
      },
    ],
    skipDuplicates: true,
  });
}
