import { isCalendarDate, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { IdentifierType } from "../generated/prisma/enums.ts";
import { stateCodes } from "../individual/individual.rules.ts";
import { mbiProblem, medicaidIdProblem, plainIdentifierProblem, ssnProblem } from "./identifier-format.rules.ts";

/** An identifier as a partner sends it. */
export interface IdentifierClaim {
  type: IdentifierType;
  issuer?: string | null;
  value: string;
  validFrom?: CalendarDate | null;
  validThrough?: CalendarDate | null;
}

/** The identifier in its one stored form: (type, issuer, value) names one person at most. */
export interface NormalisedIdentifier {
  type: IdentifierType;
  issuer: string;
  value: string;
  validFrom: CalendarDate | null;
  validThrough: CalendarDate | null;
}

export interface IdentifierRules {
  /** Medicaid ID pattern per state (USPS code); states not listed use `otherStates`. */
  medicaidIdPatterns: Record<string, RegExp>;
  otherStates: RegExp;
}

export type IdentifierCheck = { identifier: NormalisedIdentifier } | { field: "type" | "issuer" | "value" | "validThrough"; problem: string };

/** Issuers that are fixed by the type: the SSA issues SSNs, CMS issues MBIs. */
export const fixedIssuers: Partial<Record<IdentifierType, string>> = { SSN: "SSA", MEDICARE_MBI: "CMS" };

const compact = (value: string) =>
  value
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s-]+/g, "");
const upper = (value: string) => value.normalize("NFKC").trim().toUpperCase().replace(/\s+/g, " ");

/**
 * Who issued an identifier, in one form: a state for Medicaid IDs (OH), a state program for
 * state client numbers (MN-PMI: MN DHS's person master index), the hub's facility id for
 * medical record numbers, the SSA and CMS for SSNs and MBIs.
 */
function issuerOf(claim: IdentifierClaim): { issuer: string } | { problem: string } {
  const fixed = fixedIssuers[claim.type];
  const given = claim.issuer ? upper(claim.issuer) : "";
  if (fixed) return !given || given === fixed ? { issuer: fixed } : { problem: `must be ${fixed} (or left out) for ${claim.type}` };
  if (!given) return { problem: `is required for ${claim.type}` };
  if (claim.type === "MEDICAID_ID") return stateCodes.has(given) ? { issuer: given } : { problem: "must be the issuing state's USPS code, such as OH" };
  if (claim.type === "STATE_CLIENT_ID") {
    const program = given.replace(/[\s_:]+/g, "-");
    return /^[A-Z]{2}-[A-Z0-9-]+$/.test(program) && stateCodes.has(program.slice(0, 2))
      ? { issuer: program }
      : { problem: "must name the state program, such as MN-PMI" };
  }
  if (claim.type === "FACILITY_MRN")
    return isRecordId(given) ? { issuer: given.toLowerCase() } : { problem: "must be the hub's id of the facility that issued the record number" };
  return { issuer: given };
}

function valueProblem(type: IdentifierType, issuer: string, value: string, rules: IdentifierRules): string | undefined {
  if (type === "SSN") return ssnProblem(value);
  if (type === "MEDICARE_MBI") return mbiProblem(value);
  if (type === "MEDICAID_ID") return medicaidIdProblem(value, rules.medicaidIdPatterns[issuer] ?? rules.otherStates, issuer);
  return plainIdentifierProblem(value);
}

/** Normalises and checks one identifier claim; a problem names the input field it belongs to. */
export function checkIdentifier(claim: IdentifierClaim, rules: IdentifierRules): IdentifierCheck {
  const issuer = issuerOf(claim);
  if ("problem" in issuer) return { field: "issuer", problem: issuer.problem };
  const value = compact(claim.value);
  const problem = valueProblem(claim.type, issuer.issuer, value, rules);
  if (problem) return { field: "value", problem };
  const [validFrom, validThrough] = [claim.validFrom ?? null, claim.validThrough ?? null];
  if ([validFrom, validThrough].some((date) => date !== null && !isCalendarDate(date))) return { field: "validThrough", problem: "must be a calendar date" };
  if (validFrom && validThrough && validThrough < validFrom) return { field: "validThrough", problem: "may not be before validFrom" };
  return { identifier: { type: claim.type, issuer: issuer.issuer, value, validFrom, validThrough } };
}

/** The same identifier written twice in one request is one identifier. */
export const identifierKey = (id: { type: string; issuer: string; value: string }) => `${id.type}|${id.issuer}|${id.value}`;

/** A person carries one SSN and one MBI at a time, and one Medicaid ID per state. */
export function oneOfEachProblem(identifiers: NormalisedIdentifier[]): string | undefined {
  const seen = new Map<string, string>();
  for (const id of identifiers) {
    const slot = id.type === "SSN" || id.type === "MEDICARE_MBI" ? id.type : id.type === "MEDICAID_ID" ? `MEDICAID_ID ${id.issuer}` : undefined;
    if (!slot) continue;
    if (seen.has(slot) && seen.get(slot) !== id.value) return `names two different ${slot} values for one person`;
    seen.set(slot, id.value);
  }
  return undefined;
}
