import { demoPeople, toDbDate } from "@pasrr/platform";
import type { IndividualsDb } from "../db.ts";

/** Puts the synthetic demo cast on record; running it again changes nothing. */
export async function seedDemoIndividuals(db: IndividualsDb): Promise<void> {
  await db.individual.createMany({
    data: demoPeople.map((person) => ({ ...person, birthDate: toDbDate(person.birthDate) })),
    skipDuplicates: true,
  });
}
