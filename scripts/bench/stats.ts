/** The summary statistics every row reports: the median of runs and their spread. */
export const median = (values: readonly number[]) => percentile(values, 50);

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const [low, high] = [Math.floor(rank), Math.ceil(rank)];
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Coefficient of variation (standard deviation ÷ mean), as ChilliCream's gateway benchmark reports it. */
export function coefficientOfVariation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / mean;
}

export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
export const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : "n/a");
/** "median (CV x %)", the form every measured cell takes. */
export const summary = (values: readonly number[], digits = 1) => `${fixed(median(values), digits)} (CV ${percent(coefficientOfVariation(values))})`;
