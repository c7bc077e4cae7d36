/**
 * Format rules of the identifiers the hub accepts, before anyone is looked up by them.
 */

/**
 * SSN: nine digits; never area 000, 666 or 900–999, group 00 or serial 0000 (SSA, "Social
 * Security Number Randomization", 2011, and POMS RM 10201.035: numbers the SSA does not assign).
 */
export function ssnProblem(digits: string): string | undefined {
  if (!/^\d{9}$/.test(digits)) return "must be nine digits (dashes and spaces are allowed)";
  const [area, group, serial] = [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)];
  if (area === "000" || area === "666" || area >= "900") return "has an area number (first three digits) the SSA never assigns";
  if (group === "00") return "has a group number (digits 4–5) of 00, which the SSA never assigns";
  if (serial === "0000") return "has a serial number (last four digits) of 0000, which the SSA never assigns";
  return undefined;
}

/**
 * Medicare Beneficiary Identifier: eleven characters, CMS "Understanding the Medicare
 * Beneficiary Identifier (MBI) Format" (2017): position 1 a digit 1–9; 2, 5, 8, 9 a letter;
 * 4, 7, 10, 11 a digit; 3 and 6 a letter or digit. Letters exclude S, L, O, I, B and Z.
 */
const letter = "[AC-HJKMNP-RT-Y]";
const letterOrDigit = "[AC-HJKMNP-RT-Y0-9]";
const mbiPattern = new RegExp(`^[1-9]${letter}${letterOrDigit}\\d${letter}${letterOrDigit}\\d${letter}${letter}\\d\\d$`);

export function mbiProblem(value: string): string | undefined {
  if (value.length !== 11) return "must be eleven characters (dashes are allowed)";
  return mbiPattern.test(value) ? undefined : "does not follow CMS's MBI character rules (e.g. 1EG4-TE5-MK73; no S, L, O, I, B or Z)";
}

/** A state's Medicaid ID pattern comes from configuration (INDIVIDUALS_MEDICAID_ID_PATTERNS). */
export function medicaidIdProblem(value: string, pattern: RegExp, state: string): string | undefined {
  return pattern.test(value) ? undefined : `is not a ${state} Medicaid ID (expected ${pattern.source})`;
}

/** Record numbers, state client numbers and other identifiers: letters, digits and dashes, 1–40 long. */
export function plainIdentifierProblem(value: string): string | undefined {
  return /^[A-Z0-9][A-Z0-9-]{0,39}$/.test(value) ? undefined : "must be 1–40 letters, digits or dashes";
}
