/**
 * Term-frequency adjustment (Splink, "Term-Frequency Adjustments"; the derivation is Winkler's,
 * and Enamorado, Fifield & Imai (2019), "Using a Probabilistic Model to Assist Merging of
 * Large-scale Administrative Records", APSR 113(2), supplementary appendix): two strangers
 * both named SMITH is far likelier than both named LINACRE, so an exact agreement on a common
 * name is weaker evidence than on a rare one, though m is the same for both.
 */

export interface TermFrequencies {
  /** Each value's share of all (non-empty) values: count / total. */
  frequencies: Record<string, number>;
  /** How many non-empty values were counted. */
  total: number;
  /** Values seen fewer times were left out: their frequency is below minCount / total. */
  minCount: number;
}

/**
 * The relative frequency of each value, as Splink's term-frequency tables hold it (the share of
 * the non-null values in the column, duplicates of one person included, as Splink counts in
 * deduplication). `normalise` gives the form the comparison calls exact; a value seen fewer
 * than `minCount` times is left out, so a one-off misspelling earns no weight of its own and
 * the table stays small (such a value takes the floor, see `tfAdjustedWeight`). Listed most
 * frequent first, then alphabetically, so the output is the same on every run.
 */
export function termFrequencies(
  values: Iterable<string | null | undefined>,
  options: { minCount?: number; normalise?: (value: string) => string } = {},
): TermFrequencies {
  const { minCount = 1, normalise = (value: string) => value } = options;
  const counts = new Map<string, number>();
  let total = 0;
  for (const raw of values) {
    const value = raw ? normalise(raw) : "";
    if (!value) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    total += 1;
  }
  const kept = [...counts].filter(([, count]) => count >= minCount).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return { frequencies: Object.fromEntries(kept.map(([value, count]) => [value, count / total])), total, minCount };
}

/**
 * The match weight of a level reached on a value with frequency `tf`, as Splink computes it.
 * For two records agreeing exactly on value x: P(agree on x | match) = m·tf(x) and
 * P(agree on x | non-match) = tf(x)², so the weight is log2(m / tf(x)): the value's own
 * frequency takes the place of the level's u. Splink writes it as the level's weight plus an
 * adjustment, log2(m / u) + w·log2(u_exact / max(tf, floor)), where
 *  - u_exact is the exact level's u (for a fuzzy level Splink still divides u_exact by the
 *    greater of the two values' frequencies, the likelier true spelling);
 *  - floor (Splink's `tf_minimum_u_value`) caps the bonus a very rare value, likely a
 *    misspelling, can earn;
 *  - w (Splink's `tf_adjustment_weight`, 1 by default) scales the adjustment down, e.g. 0.5
 *    for a fuzzy level.
 * With w = 1 on the exact level this is log2(m_exact / max(tf, floor)).
 */
export function tfAdjustedWeight(m: number, u: number, tf: number, floor: number, options: { uExact?: number; adjustmentWeight?: number } = {}): number {
  const { uExact = u, adjustmentWeight = 1 } = options;
  return Math.log2(m / u) + adjustmentWeight * Math.log2(uExact / Math.max(tf, floor));
}
