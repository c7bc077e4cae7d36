/**
 * Jaro–Winkler string similarity, 0 (nothing alike) to 1 (identical), the comparator the
 * US Census Bureau uses for names in record linkage: Jaro, M. A. (1989), "Advances in record-
 * linkage methodology as applied to matching the 1985 census of Tampa, Florida", JASA 84;
 * Winkler, W. E. (1990), "String comparator metrics and enhanced decision rules in the
 * Fellegi–Sunter model of record linkage", ASA Proceedings (prefix scale 0.1, up to 4 letters).
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k += 1;
    if (a[i] !== b[k]) halfTranspositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - halfTranspositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}
