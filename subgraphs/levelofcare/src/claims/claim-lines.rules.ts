import type { CalendarDate } from "@pasrr/calendar/calendar-date";

/**
 * Which claim lines are whose. A claim line names the person by Medicaid ID (domain README,
 * "Payment": "for this Medicaid ID at this facility, which days from–to are covered"); the
 * person's identifiers come from individuals, in their normal form: upper case, no spaces or
 * dashes (individuals' identifier rules), so a line's ID is compacted the same way to match.
 */
export interface ClaimLine {
  line: string;
  medicaidId: string;
  issuer: string;
  providerNumber?: string | null;
  from: CalendarDate;
  to: CalendarDate;
}

const compact = (value: string) =>
  value
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s-]+/g, "");
export const medicaidKey = (issuer: string, value: string) => `${compact(issuer)}|${compact(value)}`;

/**
 * The lines by Medicaid ID, built once per batch: the same list reaches the resolver of every
 * person in the batch, so each person then finds its lines in constant time, and the batch
 * costs O(lines), not O(lines × people).
 */
const indexes = new WeakMap<readonly ClaimLine[], Map<string, ClaimLine[]>>();
export function linesByMedicaidId(lines: readonly ClaimLine[]): Map<string, ClaimLine[]> {
  let index = indexes.get(lines);
  if (!index) {
    index = new Map();
    for (const line of lines) {
      const key = medicaidKey(line.issuer, line.medicaidId);
      const list = index.get(key);
      if (list) list.push(line);
      else index.set(key, [line]);
    }
    indexes.set(lines, index);
  }
  return index;
}

/** The lines naming any of the person's Medicaid IDs (merged records' IDs included when individuals lists them). */
export function linesOf(lines: readonly ClaimLine[], identifiers: readonly { type: string; issuer: string; value: string }[]): ClaimLine[] {
  const index = linesByMedicaidId(lines);
  const mine = identifiers.filter((id) => id.type === "MEDICAID_ID").flatMap((id) => index.get(medicaidKey(id.issuer, id.value)) ?? []);
  return mine.length > 1 && identifiers.length > 1 ? [...new Set(mine)] : mine;
}

/**
 * Each claim line is answered once per request (red-team finding 3). A batch that names one person
 * 400 times — the same Medicaid ID repeated, or spelled 400 ways that all normalise to it — hands
 * that person's lines to 400 results; answering them 400 times made the work (and the answer) grow
 * with the square of the input. The first result naming the person answers its lines; repeats
 * answer none. `request` is the request's context, so nothing outlives the request.
 */
const answered = new WeakMap<object, Set<string>>();

/**
 * What makes two lines the same question: the line's name, the person's Medicaid key, its days and
 * provider number. Each text is prefixed with its length, so no two different questions share a key
 * (as with a JSON array of the parts), at the cost of one string per line rather than a JSON text.
 */
function answerKey(line: ClaimLine): string {
  const person = medicaidKey(line.issuer, line.medicaidId);
  const provider = line.providerNumber ?? null;
  return `${line.line.length}:${line.line}${person.length}:${person}${line.from.length}:${line.from}${line.to.length}:${line.to}${provider === null ? "-" : `+${provider}`}`;
}
export function firstAnswers(request: object, lines: readonly ClaimLine[]): ClaimLine[] {
  let seen = answered.get(request);
  if (!seen) answered.set(request, (seen = new Set()));
  const fresh: ClaimLine[] = [];
  for (const line of lines) {
    const key = answerKey(line);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(line);
  }
  return fresh;
}
