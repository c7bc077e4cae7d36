import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * Synthetic people for the payment system's claim batch (levelofcare issue, items 5 and 6), written
 * straight into each owner's PostgreSQL database in one bulk statement per table: a Medicaid ID
 * (individuals), a Level I screen without indications (screenings: PASRR met on its date), a
 * stay at a demo facility (facilities) and Level of Care determinations (levelofcare). Every
 * person follows one of a few stories, so the expected answer of each claim line is known.
 * All invented: Medicaid IDs 8888xxxxxxxx, names "Claim Batch-n".
 */
export type ClaimStory = "COVERED" | "EXPIRES_MID_MONTH" | "DENIED" | "NO_DETERMINATION" | "BED_HOLD" | "PASRR_MET_MID_MONTH";
export const claimStories: ClaimStory[] = ["COVERED", "EXPIRES_MID_MONTH", "DENIED", "NO_DETERMINATION", "BED_HOLD", "PASRR_MET_MID_MONTH"];

export interface ClaimPerson {
  id: string;
  medicaidId: string;
  story: ClaimStory;
  /** The determination that covers the person's days, when one does. */
  determinationId: string | null;
}

/** The month every synthetic claim bills, at the first demo facility. */
export const claimMonth = { from: "2026-10-01", to: "2026-10-31" };
export const claimFacility = demoFacilities[0]!;

export const syntheticMedicaidId = (n: number) => `8888${String(n).padStart(8, "0")}`;

async function inserting(url: string, work: (client: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Writes `count` people, numbered from `start` (so several calls never collide). */
export async function seedClaimPeople(
  urls: Record<"individuals" | "screenings" | "levelofcare" | "facilities", string>,
  start: number,
  count: number,
): Promise<ClaimPerson[]> {
  const people: ClaimPerson[] = Array.from({ length: count }, (_, k) => {
    const story = claimStories[(start + k) % claimStories.length]!;
    const covered = story !== "DENIED" && story !== "NO_DETERMINATION";
    return { id: randomUUID(), medicaidId: syntheticMedicaidId(start + k), story, determinationId: covered ? randomUUID() : null };
  });
  const ids = people.map((p) => p.id);
  await inserting(urls.individuals, async (db) => {
    await db.query(
      `INSERT INTO "Individual" (id, "givenName", "familyName", "birthDate", county, state, "updatedAt")
       SELECT id, 'Claim', 'Batch-' || n, DATE '1940-01-01' + (n % 3000), 'Hamilton', 'OH', now() FROM unnest($1::uuid[], $2::int[]) AS t(id, n)`,
      [ids, people.map((_, k) => start + k)],
    );
    await db.query(
      `INSERT INTO "Identifier" (id, "individualId", type, issuer, value) SELECT gen_random_uuid(), id, 'MEDICAID_ID', 'OH', value FROM unnest($1::uuid[], $2::text[]) AS t(id, value)`,
      [ids, people.map((p) => p.medicaidId)],
    );
  });
  await inserting(urls.screenings, (db) =>
    db
      .query(
        `INSERT INTO "LevelOneScreen" (id, "individualId", "submittingOrganisationId", "screenedOn") SELECT gen_random_uuid(), id, 'claim-batch-hospital', on_ FROM unnest($1::uuid[], $2::date[]) AS t(id, on_)`,
        [ids, people.map((p) => (p.story === "PASRR_MET_MID_MONTH" ? "2026-10-16" : "2026-09-01"))],
      )
      .then(() => undefined),
  );
  await inserting(urls.facilities, (db) =>
    db
      .query(
        `INSERT INTO "Stay" (id, "individualId", "facilityId", "admittedOn", "admissionSource", "payerPeriods", "leavePeriods", "eventIds")
       SELECT gen_random_uuid(), id, $2::uuid, DATE '2026-09-01', 'COMMUNITY', '[{"payer":"MEDICAID","startsOn":"2026-09-01","endsOn":null}]'::jsonb, leaves, '{}' FROM unnest($1::uuid[], $3::jsonb[]) AS t(id, leaves)`,
        [
          ids,
          claimFacility.id,
          people.map((p) => JSON.stringify(p.story === "BED_HOLD" ? [{ kind: "HOSPITAL_LEAVE", leftOn: "2026-10-10", returnedOn: "2026-10-13" }] : [])),
        ],
      )
      .then(() => undefined),
  );
  const decided = people.filter((p) => p.story !== "NO_DETERMINATION");
  await inserting(urls.levelofcare, (db) =>
    db
      .query(
        `INSERT INTO "LevelOfCareDetermination" (id, "individualId", "facilityId", "levelOfCareType", decision, "effectiveFrom", "effectiveThrough", county)
       SELECT id, person, $3::uuid, 'NF_INTERMEDIATE', decision::"LevelOfCareDecision", DATE '2026-09-01', through, 'Hamilton' FROM unnest($1::uuid[], $2::uuid[], $4::text[], $5::date[]) AS t(id, person, decision, through)`,
        [
          decided.map((p) => p.determinationId ?? randomUUID()),
          decided.map((p) => p.id),
          claimFacility.id,
          decided.map((p) => (p.story === "DENIED" ? "DENIED" : "APPROVED")),
          decided.map((p) => (p.story === "EXPIRES_MID_MONTH" ? "2026-10-15" : null)),
        ],
      )
      .then(() => undefined),
  );
  return people;
}

/** What the payment system should read for a person's claim line for `claimMonth` at `claimFacility`. */
export function expectedClaimAnswer(person: ClaimPerson) {
  const span = (from: string, through: string) => ({ from, through });
  const covered = (from: string, through: string) => ({ ...span(from, through), levelOfCareType: "NF_INTERMEDIATE", determinationId: person.determinationId });
  const uncovered = (from: string, through: string, reason: string) => ({ ...span(from, through), reason });
  switch (person.story) {
    case "COVERED":
      return { coveredSpans: [covered("2026-10-01", "2026-10-31")], uncoveredSpans: [] };
    case "EXPIRES_MID_MONTH":
      return { coveredSpans: [covered("2026-10-01", "2026-10-15")], uncoveredSpans: [uncovered("2026-10-16", "2026-10-31", "EXPIRED")] };
    case "DENIED":
      return { coveredSpans: [], uncoveredSpans: [uncovered("2026-10-01", "2026-10-31", "DENIED")] };
    case "NO_DETERMINATION":
      return { coveredSpans: [], uncoveredSpans: [uncovered("2026-10-01", "2026-10-31", "NO_DETERMINATION")] };
    case "BED_HOLD":
      return {
        coveredSpans: [covered("2026-10-01", "2026-10-09"), covered("2026-10-13", "2026-10-31")],
        uncoveredSpans: [uncovered("2026-10-10", "2026-10-12", "NOT_REQUIRED_BED_HOLD")],
      };
    case "PASRR_MET_MID_MONTH":
      return { coveredSpans: [covered("2026-10-16", "2026-10-31")], uncoveredSpans: [uncovered("2026-10-01", "2026-10-15", "LOC_BEFORE_PASRR_MET")] };
  }
}

/** The payment system's one request: the people by Medicaid ID, and the claim lines answered for each. */
export const claimBatchQuery = /* GraphQL */ `
  query ClaimBatch($ids: [IdentifierInput!]!, $lines: [ClaimLineInput!]!) {
    individualsByIdentifiers(identifiers: $ids) {
      levelOfCareClaimCoverage(lines: $lines) {
        line
        coveredSpans { from through levelOfCareType determinationId }
        uncoveredSpans { from through reason }
      }
    }
  }
`;

/** One claim line per person for `claimMonth` at `claimFacility`, numbered in order, and the identifiers to look them up by. */
export function claimBatchVariables(people: readonly ClaimPerson[]) {
  return {
    ids: people.map((p) => ({ type: "MEDICAID_ID", issuer: "OH", value: p.medicaidId })),
    lines: people.map((p, n) => ({ line: String(n), medicaidId: p.medicaidId, issuer: "OH", providerNumber: claimFacility.providerNumber, ...claimMonth })),
  };
}

/**
 * The payment system's batch as one entry point, `levelOfCareClaimBatch` (issue 20): the lines
 * alone, one answer per line in input order, null where the line's Medicaid ID names nobody.
 * Variables: `{ lines }` of `claimBatchVariables`.
 */
export const claimBatchFieldQuery = /* GraphQL */ `
  query ClaimBatchField($lines: [ClaimLineInput!]!) {
    levelOfCareClaimBatch(lines: $lines) {
      lines {
        line
        coveredSpans { from through levelOfCareType determinationId }
        uncoveredSpans { from through reason }
      }
    }
  }
`;
