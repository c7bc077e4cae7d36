import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { syntheticRegistrations } from "../../demo/synthetic/population.ts";
import { Random } from "../../demo/synthetic/random.ts";
import { probeOf } from "../../individual/individual.store.ts";
import { loadIdentityConfig } from "../../individuals.config.ts";
import { checkRegistration } from "../../registration/registration.rules.ts";
import { blockingKeys } from "../blocking.rules.ts";
import type { PersonEvidence } from "../evidence.model.ts";
import type { ComparisonVector } from "./comparison-vector.model.ts";
import { pairsSharingKeys, randomPairs, type RecordPair } from "./training-pairs.ts";
import { termFrequencyForms, vectorOf } from "./vector-of.ts";

/**
 * The day the synthetic registrations are checked on, fixed (as test/support/quality.ts fixes
 * it) so a seed gives the same records, and the same model, on any day.
 */
export const registeredOn: CalendarDate = "2026-11-22";

/** A registration as matching sees it, with the person the generator made it from (the truth, for validation only). */
export interface TrainingRecord {
  truthId: string;
  evidence: PersonEvidence;
}

/** Seeded synthetic registrations, checked as `register` checks them: refused ones are counted and left out. */
export function trainingRecords(seed: number, count: number): { records: TrainingRecord[]; refused: number } {
  const rules = loadIdentityConfig({}).identifierRules;
  const records: TrainingRecord[] = [];
  let refused = 0;
  for (const record of syntheticRegistrations(seed, count).records) {
    const check = checkRegistration(record.input, record.identifiers, registeredOn, rules);
    if (!("registration" in check)) refused += 1;
    else records.push({ truthId: record.truthId, evidence: probeOf(check.registration.person, check.registration.identifiers) });
  }
  return { records, refused };
}

/** Each pair as a comparison vector: the later record is the newcomer, compared with the earlier one, as registration does. */
export const vectorsOf = (records: readonly TrainingRecord[], pairs: readonly RecordPair[]): ComparisonVector[] =>
  pairs.map(([earlier, later]) => vectorOf(records[later]!.evidence, records[earlier]!.evidence));

const ownFace = (record: TrainingRecord) => record.evidence.faces[0]!;

/**
 * The pair sets training reads: random pairs (for u), the candidates blocking hands the matcher
 * (pairs sharing any blocking key, for λ), and training blocks in the manner of Splink's
 * training rules: the same given and family name (in the forms the comparison calls exact), and
 * the same full SSN (train-model.ts says why not the same birth date).
 */
export function trainingPairs(records: readonly TrainingRecord[], randomPairCount: number, seed: number) {
  const sameNames = records.map((record) => {
    const face = ownFace(record);
    const [given, family] = [termFrequencyForms.GIVEN_NAME(face.givenName ?? ""), termFrequencyForms.FAMILY_NAME(face.familyName ?? "")];
    return given && family ? [`${given}|${family}`] : [];
  });
  const sameSsn = records.map((record) => record.evidence.identifiers.filter((id) => id.type === "SSN").map((id) => id.value));
  return {
    // A stream of its own, apart from the generator's, so drawing pairs never changes the records.
    random: randomPairs(records.length, randomPairCount, new Random(seed ^ 0x5eed)),
    candidates: pairsSharingKeys(records.map((record) => blockingKeys(record.evidence))),
    sameNames: pairsSharingKeys(sameNames),
    sameSsn: pairsSharingKeys(sameSsn),
  };
}

/** Every pair of records of one person: the labelled matches validation measures m on. */
export function truePairs(records: readonly TrainingRecord[]): RecordPair[] {
  return pairsSharingKeys(records.map((record) => [record.truthId]));
}
