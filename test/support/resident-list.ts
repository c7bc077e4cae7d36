import type { StatementLog } from "@pasrr/db/statement-log";
import type { RunningSubgraphs } from "./hub.ts";

/**
 * A list of n people with fields from all four subgraphs: the residents of one facility, each
 * with a Level I screen (screenings), an approved Level of Care determination naming the
 * facility (levelofcare) and a current stay (facilities). The N+1 test and benchmark read it.
 */
export const residentListQuery = /* GraphQL */ `
  query ResidentList($facilityId: ID!, $on: Date!) {
    facility(id: $facilityId) {
      census(on: $on) {
        individual {
          id
          givenName
          familyName
          birthDate
          levelOneScreens { id screenedOn }
          levelOfCareDeterminations { id decision effectiveFrom facility { id name } }
          stays { admittedOn dischargedOn }
        }
      }
    }
  }
`;

/** The census day the list is read on; every seeded stay began before it. */
export const residentListDay = "2026-11-01";

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
/** Synthetic record ids in a block of their own (`…-8000-<block><n>`), so lists never collide. */
const recordId = (block: number, kind: number, n: number) => `0193b${hex(block, 3)}-0000-7000-8${hex(kind, 3)}-${hex(n, 12)}`;

/** Writes a facility and `count` invented residents straight into the four databases; returns the facility id. */
export async function seedResidentList(subgraphs: Partial<RunningSubgraphs>, block: number, count: number): Promise<string> {
  const { individuals, screenings, levelofcare, facilities } = subgraphs;
  if (!individuals || !screenings || !levelofcare || !facilities) throw new Error("the resident list needs all four subgraphs");
  const facilityId = recordId(block, 0xf00, 0);
  const people = Array.from({ length: count }, (_, n) => recordId(block, 0, n));
  await facilities.client.facility.create({
    data: {
      id: facilityId,
      providerNumber: `BENCH-NF-${hex(block, 4)}`,
      name: `Bench Nursing Center ${block}`,
      type: "NURSING_FACILITY",
      addressLine: "1 Synthetic Way",
      city: "Cincinnati",
      postalCode: "45202",
      county: "Hamilton",
      state: "OH",
      region: "Region 1",
      medicaidCertified: true,
      certifiedBeds: count,
    },
  });
  await individuals.client.individual.createMany({
    data: people.map((id, n) => ({
      id,
      givenName: `Resident${n}`,
      familyName: `Bench${block}`,
      birthDate: new Date(Date.UTC(1940, 0, 1 + n)),
      county: "Hamilton",
      state: "OH",
    })),
  });
  await screenings.client.levelOneScreen.createMany({
    data: people.map((individualId, n) => ({
      id: recordId(block, 1, n),
      individualId,
      submittingOrganisationId: "bench-hospital",
      screenedOn: new Date("2026-09-01"),
    })),
  });
  await levelofcare.client.levelOfCareDetermination.createMany({
    data: people.map((individualId, n) => ({
      id: recordId(block, 2, n),
      individualId,
      facilityId,
      levelOfCareType: "NF_INTERMEDIATE",
      decision: "APPROVED",
      effectiveFrom: new Date("2026-09-03"),
      effectiveThrough: new Date("2027-03-02"),
      county: "Hamilton",
    })),
  });
  await facilities.client.stay.createMany({
    data: people.map((individualId, n) => ({
      id: recordId(block, 3, n),
      individualId,
      facilityId,
      admittedOn: new Date("2026-09-03"),
      admissionSource: "COMMUNITY",
      payerPeriods: [{ payer: "MEDICAID", startsOn: "2026-09-03", endsOn: null }],
      leavePeriods: [],
      eventIds: [],
    })),
  });
  return facilityId;
}

/**
 * What one subgraph sent while the log recorded: statements, the record ids bound to them (the
 * batches' `IN` lists), and the unique ids per lookup (statements with the same SQL text are the
 * same lookup; two different lookups may rightly take the same id, e.g. people by id and the
 * records merged into them). keys ÷ uniqueKeys = 1 when no lookup sends a key twice.
 */
export function keyCounts(log: StatementLog): { statements: number; keys: number; uniqueKeys: number } {
  const byLookup = new Map<string, Set<string>>();
  let keys = 0;
  log.boundKeys().forEach((bound, i) => {
    const lookup = byLookup.get(log.statements[i]!) ?? new Set<string>();
    byLookup.set(log.statements[i]!, lookup);
    keys += bound.length;
    for (const key of bound) lookup.add(key);
  });
  return { statements: log.count, keys, uniqueKeys: [...byLookup.values()].reduce((sum, lookup) => sum + lookup.size, 0) };
}
