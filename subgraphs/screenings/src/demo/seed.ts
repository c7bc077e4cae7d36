import { demoPeople, demoFacilities, toDbDate } from "@pasrr/platform";
import type { ScreeningsDb } from "../db.ts";
import type { PasrrPolicy } from "../policy/policy.types.ts";

/** A Level I screen for the first demo person, filed by the facility that admitted them; idempotent. */
export async function seedDemoScreenings(db: ScreeningsDb, _policy: PasrrPolicy): Promise<void> {
  await db.levelOneScreen.createMany({
    data: [
      {
        id: "0193a000-0000-7000-8000-00000000b001",
        individualId: demoPeople[0]!.id,
        submittingOrganisationId: demoFacilities[0]!.providerNumber,
        screenedOn: toDbDate("2026-09-12"),
      },
    ],
    skipDuplicates: true,
  });
}
