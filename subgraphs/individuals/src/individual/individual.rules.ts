import { isCalendarDate, type CalendarDate } from "@pasrr/calendar/calendar-date";

/** USPS codes of the states, DC and the territories whose Medicaid programs could join the hub. */
export const stateCodes = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI".split(
    " ",
  ),
);

/**
 * Names are stored as entered, with white space folded, so people see their own spelling;
 * matching compares them without case, diacritics or punctuation (matching/name-normalisation).
 */
export const normaliseName = (value: string) => value.normalize("NFC").trim().replace(/\s+/g, " ");

const maxAgeYears = 130;

/** A birth date is a real calendar date, not in the future, and not more than 130 years ago. */
export function birthDateProblem(birthDate: CalendarDate, today: CalendarDate): string | undefined {
  if (!isCalendarDate(birthDate)) return "must be a real calendar date written YYYY-MM-DD";
  if (birthDate > today) return "may not be in the future";
  const oldest = `${Number(today.slice(0, 4)) - maxAgeYears}${today.slice(4)}`;
  if (birthDate < oldest) return `may not be more than ${maxAgeYears} years ago`;
  return undefined;
}
