import type { GraphQLError } from "graphql";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { loadIdentityConfig, type IdentityConfig } from "../../src/individuals.config.ts";
import { probeOf } from "../../src/individual/individual.store.ts";
import { blockingKeys } from "../../src/matching/blocking.rules.ts";
import { register, type RegistrationResult } from "../../src/registration/register-individual.action.ts";
import { checkRegistration } from "../../src/registration/registration.rules.ts";
import { syntheticRegistrations } from "../../src/demo/synthetic/population.ts";
import type { SyntheticRecord } from "../../src/demo/synthetic/records.ts";
import { MemoryPersonIndex } from "./memory-person-index.ts";

/** Issue 21's goals for duplicate detection, on every seed. */
export const qualityGoals = {
  /** MATCHED answers that join the right person. */
  matchedPrecision: 0.999,
  /** Repeats recognised (MATCHED, or POSSIBLE_DUPLICATE listing the person); a refused repeat is a miss. */
  recall: 0.99,
  /** POSSIBLE_DUPLICATE answers per 1,000 registrations: what reviewers must work through. */
  reviewsPerThousand: 40,
  /** Twins whose records carry conflicting SSNs: the share that must be CREATED (all of them). */
  twinsCreated: 1,
} as const;

/** The seeds the quality test and the benchmark judge the matcher on (none is the training seed). */
export const qualitySeeds = [20261122, 7, 1969] as const;

export interface QualityReport {
  seed: number;
  records: number;
  /** Records whose person had an accepted record before: what the matcher should recognise. */
  repeats: number;
  /** Records registration refused (its field and problem); a refused repeat is also a miss. */
  refused: number;
  refusals: Record<string, number>;
  refusedRepeats: number;
  matched: number;
  falseMatches: { record: SyntheticRecord; matchedTruth: string }[];
  reviews: number;
  /** Reviews that list no true duplicate: work for reviewers that finds nothing. */
  needlessReviews: number;
  reviewsPerThousand: number;
  /** Repeats recognised: matched to the right person, or held for review with the right person listed. */
  recognised: number;
  missed: SyntheticRecord[];
  conflicts: number;
  precision: number;
  recall: number;
  /** Accepted repeats whose earlier record is among the candidates blocking returns (before any scoring). */
  blockingRecall: number;
  /** First records of a twin whose twin is registered, both with an SSN of their own; and how many were CREATED. */
  twins: { pairs: number; created: number; otherwise: { record: SyntheticRecord; outcome: string }[] };
  /**
   * Misses by corruption label: how many repeats with the label were missed, of how many; the
   * labels that cost the most first (misses beyond what the overall miss rate predicts for them,
   * so a label every third record carries, such as a dropped middle name, does not crowd out one
   * that causes misses).
   */
  missesByLabel: { label: string; missed: number; of: number }[];
}

/**
 * The day the synthetic registrations are judged on (a birth date may not be later, nor more than
 * 130 years earlier): fixed, so a seed gives the same report on any day it runs.
 */
const registeredOn: CalendarDate = "2026-11-22";

const isConflict = (error: unknown): error is GraphQLError =>
  typeof error === "object" && error !== null && (error as GraphQLError).extensions?.code === "CONFLICT";
const ssnOf = (record: SyntheticRecord) => record.identifiers.find((id) => id.type === "SSN")?.value.replace(/-/g, "");

/** Registers a seeded synthetic population through `register` and scores the outcomes against the truth. */
export async function measureQuality(seed: number, count: number, config: IdentityConfig = loadIdentityConfig({})): Promise<QualityReport> {
  const { people, records } = syntheticRegistrations(seed, count);
  const twinOf = new Map(people.filter((p) => p.twinOf).map((p) => [p.truthId, p.twinOf!]));
  const index = new MemoryPersonIndex();
  const truthOf = new Map<string, string>();
  /** The SSNs each true person's registered records gave (a person is here once registered). */
  const ssnsOf = new Map<string, Set<string>>();
  const labels = new Map<string, { missed: number; of: number }>();
  let [blockedRepeats, blockingFound] = [0, 0];
  const report: QualityReport = {
    seed,
    records: count,
    repeats: 0,
    refused: 0,
    refusals: {},
    refusedRepeats: 0,
    matched: 0,
    falseMatches: [],
    reviews: 0,
    needlessReviews: 0,
    reviewsPerThousand: 0,
    recognised: 0,
    missed: [],
    conflicts: 0,
    precision: 1,
    recall: 1,
    blockingRecall: 1,
    twins: { pairs: 0, created: 0, otherwise: [] },
    missesByLabel: [],
  };
  const miss = (record: SyntheticRecord) => report.missed.push(record);
  for (const record of records) {
    const repeat = ssnsOf.has(record.truthId);
    if (repeat) {
      report.repeats += 1;
      for (const label of new Set(record.corruptions)) {
        const tally = labels.get(label) ?? { missed: 0, of: 0 };
        labels.set(label, { ...tally, of: tally.of + 1 });
      }
    }
    const check = checkRegistration(record.input, record.identifiers, registeredOn, config.identifierRules);
    if (!("registration" in check)) {
      report.refused += 1;
      report.refusals[check.field] = (report.refusals[check.field] ?? 0) + 1;
      if (repeat) {
        report.refusedRepeats += 1;
        miss(record);
      }
      continue;
    }
    const ssn = ssnOf(record);
    const twin = twinOf.get(record.truthId);
    const twinSsns = twin ? ssnsOf.get(twin) : undefined;
    const twinTest = !repeat && ssn !== undefined && twinSsns !== undefined && twinSsns.size > 0 && !twinSsns.has(ssn);
    if (repeat) {
      // Blocking alone, before scoring: does any key reach an earlier record of this person?
      const probe = probeOf(check.registration.person, check.registration.identifiers);
      const candidates = await index.candidatesFor(blockingKeys(probe), config.maxCandidates);
      blockedRepeats += 1;
      if (candidates.some((candidate) => truthOf.get(candidate.id) === record.truthId)) blockingFound += 1;
    }
    let result: RegistrationResult;
    try {
      result = await register(index, check.registration, config);
    } catch (error) {
      if (!isConflict(error)) throw error;
      report.conflicts += 1;
      if (repeat) miss(record);
      if (twinTest) {
        report.twins.pairs += 1;
        report.twins.otherwise.push({ record, outcome: "CONFLICT" });
      }
      continue;
    }
    ssnsOf.set(record.truthId, new Set([...(ssnsOf.get(record.truthId) ?? []), ...(ssn ? [ssn] : [])]));
    if (twinTest) {
      report.twins.pairs += 1;
      if (result.outcome === "CREATED") report.twins.created += 1;
      else report.twins.otherwise.push({ record, outcome: result.outcome });
    }
    if (result.outcome !== "MATCHED") truthOf.set(result.individualId, record.truthId);
    const listed = result.candidates.some((candidate) => truthOf.get(candidate.candidateId) === record.truthId);
    if (result.outcome === "MATCHED") {
      report.matched += 1;
      if (!listed) report.falseMatches.push({ record, matchedTruth: truthOf.get(result.individualId)! });
    }
    if (result.outcome === "POSSIBLE_DUPLICATE") report.reviews += 1;
    if (result.outcome === "POSSIBLE_DUPLICATE" && !listed) report.needlessReviews += 1;
    if (repeat && listed) report.recognised += 1;
    else if (repeat) miss(record);
  }
  for (const record of report.missed) for (const label of new Set(record.corruptions)) labels.get(label)!.missed += 1;
  const missRate = report.repeats === 0 ? 0 : report.missed.length / report.repeats;
  const excess = (l: { missed: number; of: number }) => l.missed - l.of * missRate;
  report.missesByLabel = [...labels]
    .map(([label, { missed, of }]) => ({ label, missed, of }))
    .filter((l) => l.missed > 0)
    .sort((a, b) => excess(b) - excess(a) || a.label.localeCompare(b.label));
  report.precision = report.matched === 0 ? 1 : (report.matched - report.falseMatches.length) / report.matched;
  report.recall = report.repeats === 0 ? 1 : report.recognised / report.repeats;
  report.blockingRecall = blockedRepeats === 0 ? 1 : blockingFound / blockedRepeats;
  report.reviewsPerThousand = (report.reviews / report.records) * 1000;
  return report;
}

/** A report in two lines (figures, then the ten labels most missed), for the quality test and the benchmark to print. */
export function describeQuality(report: QualityReport): [string, string] {
  const r = report;
  const outcomes = new Map<string, number>();
  for (const { outcome } of r.twins.otherwise) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  const twinsOtherwise = [...outcomes].map(([outcome, n]) => `, ${outcome} ${n}`).join("");
  const refusals = Object.entries(r.refusals)
    .map(([field, n]) => `${field} ${n}`)
    .join(", ");
  return [
    `quality (seed ${r.seed}): ${r.records} records, ${r.repeats} repeats, refused ${r.refused}${refusals ? ` (${refusals})` : ""}; ` +
      `MATCHED ${r.matched} (false ${r.falseMatches.length}), POSSIBLE_DUPLICATE ${r.reviews} (needless ${r.needlessReviews}; ${r.reviewsPerThousand.toFixed(1)} per 1,000), ` +
      `CONFLICT ${r.conflicts}; precision ${r.precision.toFixed(4)}, recall ${r.recall.toFixed(4)}, blocking recall ${r.blockingRecall.toFixed(4)}; ` +
      `twins with conflicting SSNs ${r.twins.pairs}: CREATED ${r.twins.created}${twinsOtherwise}`,
    `  missed ${r.missed.length} (${r.refusedRepeats} of them refused); labels costing most (missed/of repeats with it): ` +
      r.missesByLabel
        .slice(0, 10)
        .map((l) => `${l.label} ${l.missed}/${l.of}`)
        .join(", "),
  ];
}
