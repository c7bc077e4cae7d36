import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { loadIdentityConfig, type IdentityConfig } from "../../src/individuals.config.ts";
import { register } from "../../src/registration/register-individual.action.ts";
import { checkRegistration } from "../../src/registration/registration.rules.ts";
import { syntheticRegistrations } from "../../src/demo/synthetic/population.ts";
import type { SyntheticRecord } from "../../src/demo/synthetic/records.ts";
import { MemoryPersonIndex } from "./memory-person-index.ts";

export interface QualityReport {
  records: number;
  /** Records whose person had registered before: what the matcher should recognise. */
  repeats: number;
  matched: number;
  falseMatches: { record: SyntheticRecord; matchedTruth: string }[];
  reviews: number;
  /** Reviews that list no true duplicate: work for reviewers that finds nothing. */
  needlessReviews: number;
  /** Repeats recognised: matched to the right person, or held for review with the right person listed. */
  recognised: number;
  missed: SyntheticRecord[];
  conflicts: number;
  precision: number;
  recall: number;
}

/**
 * The day the synthetic registrations are judged on (a birth date may not be later, nor more than
 * 130 years earlier): fixed, so a seed gives the same report on any day it runs.
 */
const registeredOn: CalendarDate = "2026-11-22";

/** Registers a seeded synthetic population through `register` and scores the outcomes against the truth. */
export async function measureQuality(seed: number, count: number, config: IdentityConfig = loadIdentityConfig({})): Promise<QualityReport> {
  const { records } = syntheticRegistrations(seed, count);
  const index = new MemoryPersonIndex();
  const truthOf = new Map<string, string>();
  const seen = new Set<string>();
  const report: QualityReport = {
    records: count,
    repeats: 0,
    matched: 0,
    falseMatches: [],
    reviews: 0,
    needlessReviews: 0,
    recognised: 0,
    missed: [],
    conflicts: 0,
    precision: 1,
    recall: 1,
  };
  for (const record of records) {
    const check = checkRegistration(record.input, record.identifiers, registeredOn, config.identifierRules);
    if (!("registration" in check)) throw new Error(`synthetic record refused: ${check.field}: ${check.problem}`);
    const repeat = seen.has(record.truthId);
    seen.add(record.truthId);
    if (repeat) report.repeats += 1;
    let result;
    try {
      result = await register(index, check.registration, config);
    } catch {
      report.conflicts += 1;
      if (repeat) report.missed.push(record);
      continue;
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
    else if (repeat) report.missed.push(record);
  }
  report.precision = report.matched === 0 ? 1 : (report.matched - report.falseMatches.length) / report.matched;
  report.recall = report.repeats === 0 ? 1 : report.recognised / report.repeats;
  return report;
}
