import { daysFrom, type Clock } from "@pasrr/calendar/clock";
import { demoDuplicateRegistration, demoMedicaidId, demoPeople } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { IndividualsDb } from "../db.ts";
import type { NormalisedIdentifier } from "../identifier/identifier.rules.ts";
import { identifierData } from "../identifier/identifier.store.ts";
import { probeOf } from "../individual/individual.store.ts";
import { blockingKeys, searchKeys } from "../matching/blocking.rules.ts";
import { PrismaPersonIndex } from "../registration/person-index.store.ts";
import { register } from "../registration/register-individual.action.ts";
import { checkRegistration } from "../registration/registration.rules.ts";
import type { Services } from "../services.ts";

/**
 * Identifiers of the demo cast: invented, valid in form, and plainly synthetic (SSNs 123-45-67xx,
 * Ohio Medicaid IDs 9999000000xx).
 */
export const demoIdentifiers: NormalisedIdentifier[][] = demoPeople.map((_, n) => [
  { type: "SSN", issuer: "SSA", value: `1234567${String(n + 1).padStart(2, "0")}`, validFrom: null, validThrough: null },
  { type: "MEDICAID_ID", issuer: "OH", value: demoMedicaidId(n), validFrom: null, validThrough: null },
]);

/**
 * Puts the synthetic demo cast on record, with identifiers and blocking keys, and a registration
 * waiting in the duplicate-review queue; running it again changes nothing.
 */
export async function seedDemoIndividuals(db: IndividualsDb, services: Services & { clock: Clock }): Promise<void> {
  await seedCast(db);
  await seedDuplicateReview(db, services);
}

async function seedCast(db: IndividualsDb): Promise<void> {
  await db.individual.createMany({
    data: demoPeople.map((person) => ({ ...person, birthDate: toDbDate(person.birthDate) })),
    skipDuplicates: true,
  });
  await db.identifier.createMany({
    data: demoPeople.flatMap((person, n) => demoIdentifiers[n]!.map((id) => ({ ...identifierData(id), individualId: person.id }))),
    skipDuplicates: true,
  });
  const keys = demoPeople.flatMap((person, n) => {
    const evidence = probeOf(
      {
        ...person,
        middleName: null,
        suffix: null,
        previousNames: [],
        sex: "UNKNOWN",
        addressLine1: null,
        addressLine2: null,
        city: null,
        postalCode: null,
        ssnLastFour: null,
      },
      demoIdentifiers[n]!,
    );
    return [...blockingKeys(evidence), ...searchKeys(evidence)].map((key) => ({ key, individualId: person.id }));
  });
  await db.blockingKey.createMany({ data: keys, skipDuplicates: true });
}

/**
 * The demo duplicate review: a registration sent through the mutation's own path (the real
 * blocking and scoring, so it is held as POSSIBLE_DUPLICATE only while the model says so), then
 * dated 12 days ago, when the discharge planner sent it, so the queue reads as a past. Skipped
 * once the person is on record (resolved or not), so a second start adds nothing.
 */
async function seedDuplicateReview(db: IndividualsDb, { identity, clock }: Services & { clock: Clock }): Promise<void> {
  const { givenName, familyName, birthDate } = demoDuplicateRegistration;
  if ((await db.individual.count({ where: { givenName, familyName, birthDate: toDbDate(birthDate) } })) > 0) return;
  const openedOn = daysFrom(clock, -12);
  const at = new Date(`${openedOn}T15:00:00.000Z`);
  const check = checkRegistration(demoDuplicateRegistration, [], clock.today(), identity.identifierRules);
  if (!("registration" in check)) throw new Error(`the demo duplicate registration is refused: ${check.field}: ${check.problem}`);
  const actor = { subject: "demo-seed", organisationId: "demo-mercy-hamilton", role: "HOSPITAL", at };
  const result = await register(new PrismaPersonIndex(db, actor), check.registration, identity);
  if (result.outcome !== "POSSIBLE_DUPLICATE") throw new Error(`the demo duplicate registration scored ${result.outcome}, not POSSIBLE_DUPLICATE`);
  await db.$transaction([
    db.individual.update({ where: { id: result.individualId }, data: { createdAt: at } }),
    db.duplicateReview.update({ where: { id: result.reviewId }, data: { openedAt: at } }),
    db.identityEvent.updateMany({ where: { individualId: result.individualId }, data: { occurredAt: at } }),
  ]);
}
