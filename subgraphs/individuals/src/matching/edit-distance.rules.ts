/**
 * Whether two strings are at most one edit apart in the Damerau–Levenshtein sense: one letter
 * substituted, inserted or deleted, or two adjacent letters transposed. Damerau, F. J. (1964),
 * "A technique for computer detection and correction of spelling errors", CACM 7(3), found
 * over 80 % of misspellings to be one such edit; unlike a Jaro–Winkler cut, the test does not
 * depend on the length of the word (MAXON/MASON, 0.89 by Jaro–Winkler, is one substitution).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  // What is left between the common prefix and the common suffix is the edit.
  const [restA, restB] = [a.slice(start, endA), b.slice(start, endB)];
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** One edit between strings of one length: a character substituted or two adjacent ones transposed (keying errors in numbers). */
export const oneKeyingError = (a: string, b: string): boolean => a !== b && a.length === b.length && withinOneEdit(a, b);
