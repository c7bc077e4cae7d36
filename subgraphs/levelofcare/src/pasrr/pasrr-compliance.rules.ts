/**
 * Which of screenings' compliance periods a question reads: every version screenings answered with
 * carries the days it was the answer (`knownFrom`–`knownThrough`), so an answer "as of" a past day
 * reads the periods known on that day (levelofcare issue, item 2: history readable as of any date).
 */

/** The periods the hub answered with on `asOf` (null: today's answer). */
export const compliancePeriodsKnownOn = <P extends { knownFrom: string; knownThrough: string | null }>(periods: readonly P[], asOf: string | null): P[] =>
  periods.filter((p) => (asOf === null ? p.knownThrough === null : p.knownFrom <= asOf && (p.knownThrough === null || asOf <= p.knownThrough)));
