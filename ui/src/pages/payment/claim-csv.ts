import Papa from "papaparse";
import { compareDates, daysBetween, isCalendarDate } from "@pasrr/calendar/calendar-date";
import type { ClaimLineInput, UiClaimBatchQuery } from "../../gql/graphql.ts";
import { uncoveredReasonWords } from "../../words/coverage-words.ts";

/** The batch limit of `Query.levelOfCareClaimBatch` (its argument's description: up to 10,000 lines). */
export const maxClaimLines = 10_000;

/** The CSV's columns, in order, by the names a header row may give them. */
const columns = [
  { key: "medicaidId", label: "Medicaid ID", names: ["medicaidid", "medicaid"] },
  { key: "providerNumber", label: "provider number", names: ["providernumber", "provider"] },
  { key: "from", label: "from", names: ["from", "fromdate", "firstday"] },
  { key: "through", label: "through", names: ["through", "to", "throughdate", "lastday"] },
] as const;

export interface CsvProblem {
  /** The line of the file (1 is the first line). */
  line: number;
  column: string;
  message: string;
}

export interface ParsedClaims {
  lines: ClaimLineInput[];
  problems: CsvProblem[];
}

const headerName = (cell: string) => cell.toLowerCase().replace(/[^a-z]/g, "");
const isHeader = (row: string[]) => row.some((cell) => columns.some((column) => (column.names as readonly string[]).includes(headerName(cell))));

/** The problems of one row (its columns in the order above); none when it can be sent. */
function rowProblems(line: number, [medicaidId = "", , from = "", through = ""]: string[]): CsvProblem[] {
  const problems: CsvProblem[] = [];
  if (!medicaidId) problems.push({ line, column: "Medicaid ID", message: "is empty" });
  if (!isCalendarDate(from)) problems.push({ line, column: "from", message: `"${from}" is not a date (YYYY-MM-DD)` });
  if (!isCalendarDate(through)) problems.push({ line, column: "through", message: `"${through}" is not a date (YYYY-MM-DD)` });
  else if (isCalendarDate(from) && compareDates(from, through) > 0) problems.push({ line, column: "through", message: `is before from (${from})` });
  return problems;
}

/**
 * Claim lines from CSV text (papaparse): Medicaid ID, provider number (empty for any facility),
 * from, through — a header row naming them is optional. Every bad row is reported by its line and
 * column before anything is sent; each good line's reference is its line number in the file.
 */
export function parseClaimCsv(text: string, issuer: string): ParsedClaims {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false }).data;
  const lines: ClaimLineInput[] = [];
  const problems: CsvProblem[] = [];
  rows.forEach((raw, index) => {
    const row = raw.map((cell) => cell.trim());
    if (row.every((cell) => cell === "") || (index === 0 && isHeader(row))) return;
    const line = index + 1;
    const rowIssues = rowProblems(line, row);
    problems.push(...rowIssues);
    if (rowIssues.length > 0) return;
    const [medicaidId = "", providerNumber = "", from = "", through = ""] = row;
    lines.push({ line: String(line), medicaidId, issuer, ...(providerNumber && { providerNumber }), from, to: through });
  });
  if (lines.length > maxClaimLines)
    problems.push({ line: rows.length, column: "", message: `more than ${maxClaimLines.toLocaleString("en-US")} lines; split the file` });
  return { lines, problems };
}

export type ClaimAnswer = NonNullable<UiClaimBatchQuery["levelOfCareClaimBatch"]["lines"][number]>;

const spanDays = (spans: { from: string; through: string }[]) => spans.reduce((days, span) => days + daysBetween(span.from, span.through) + 1, 0);
export const payableDays = (answer: ClaimAnswer) => spanDays(answer.coveredSpans);
export const unpayableDays = (answer: ClaimAnswer) => spanDays(answer.uncoveredSpans);
export const unpayableReasons = (answer: ClaimAnswer) =>
  answer.uncoveredSpans.map((span) => `${span.from}–${span.through}: ${span.reason} (${uncoveredReasonWords[span.reason]})`);

/** The answer as CSV: each line sent, its payable and unpayable days, and why, in input order. */
export function resultCsv(sent: ClaimLineInput[], answers: (ClaimAnswer | null)[]): string {
  const rows = sent.map((line, i) => {
    const answer = answers[i];
    return {
      line: line.line,
      medicaid_id: line.medicaidId,
      provider_number: line.providerNumber ?? "",
      from: line.from,
      through: line.to,
      payable_days: answer ? payableDays(answer) : "",
      unpayable_days: answer ? unpayableDays(answer) : "",
      payable_spans: answer ? answer.coveredSpans.map((s) => `${s.from}–${s.through} ${s.levelOfCareType}`).join("; ") : "",
      unpayable_spans: answer ? unpayableReasons(answer).join("; ") : "not answered: no person with this Medicaid ID that you may see, or the line was refused",
    };
  });
  // A cell that a spreadsheet would run as a formula (=, +, -, @) is written as text.
  return Papa.unparse(rows, { escapeFormulae: true });
}
