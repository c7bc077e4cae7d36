import { demoPeople } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { IndividualsDb } from "../db.ts";
import type { NormalisedIdentifier } from "../identifier/identifier.rules.ts";
import { identifierData } from "../identifier/identifier.store.ts";
import { probeOf } from "../individual/individual.store.ts";
import { blockingKeys, searchKeys } from "../matching/blocking.rules.ts";

/**
 * Identifiers of the demo cast: invented, valid in form, and plainly synthetic (SSNs 123-45-67xx,
 * Ohio Medicaid IDs 9999000000xx).
 */
export const demoIdentifiers: NormalisedIdentifier[][] = demoPeople.map((_, n) => [
  { type: "SSN", issuer: "SSA", value: `1234567${String(n + 1).padStart(2, "0")}`, validFrom: null, validThrough: null },
  { type: "MEDICAID_ID", issuer: "OH", value: `9999000000${String(n + 1).padStart(2, "0")}`, validFrom: null, validThrough: null },
]);

/** Puts the synthetic demo cast on record, with identifiers and blocking keys; running it again changes nothing. */
export async function seedDemoIndividuals(db: IndividualsDb): Promise<void> {
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
