import { demoFacilities, demoStays, toDbDate } from "@pasrr/platform";
import type { FacilitiesDb } from "../db.ts";

/** The demo facilities in two PAA regions, and who is staying where; idempotent. */
export async function seedDemoFacilities(db: FacilitiesDb): Promise<void> {
  await db.facility.createMany({
    data: demoFacilities.map((facility) => ({ ...facility, type: "NURSING_FACILITY" as const })),
    skipDuplicates: true,
  });
  await db.stay.createMany({
    data: demoStays.map((stay) => ({ ...stay, admittedOn: toDbDate(stay.admittedOn) })),
    skipDuplicates: true,
  });
}
