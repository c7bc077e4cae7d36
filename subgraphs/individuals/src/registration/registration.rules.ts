import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import {
  checkIdentifier,
  identifierKey,
  oneOfEachProblem,
  type IdentifierClaim,
  type IdentifierRules,
  type NormalisedIdentifier,
} from "../identifier/identifier.rules.ts";
import { personSchema, type PersonFields } from "../individual/individual.validation.ts";

export interface Registration {
  person: PersonFields;
  identifiers: NormalisedIdentifier[];
}

export type RegistrationCheck = { registration: Registration } | { field: string; problem: string };

export const maxIdentifiersPerRegistration = 10;

/**
 * A registration after normalisation and every rule of issue 3 "Person model" and
 * "Identifiers", then issue 21's enough-to-identify (after the identifiers, since one counts);
 * a problem names the input field (`birthDate`, `identifiers.1.value`).
 */
export function checkRegistration(input: unknown, identifiers: IdentifierClaim[], today: CalendarDate, rules: IdentifierRules): RegistrationCheck {
  const parsed = personSchema(today).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { field: issue.path.join("."), problem: issue.message };
  }
  if (identifiers.length > maxIdentifiersPerRegistration) return { field: "identifiers", problem: `at most ${maxIdentifiersPerRegistration} identifiers` };
  const checked = new Map<string, NormalisedIdentifier>();
  for (const [index, claim] of identifiers.entries()) {
    const result = checkIdentifier(claim, rules);
    if (!("identifier" in result)) return { field: `identifiers.${index}.${result.field}`, problem: result.problem };
    checked.set(identifierKey(result.identifier), result.identifier);
  }
  const normalised = [...checked.values()];
  const twice = oneOfEachProblem(normalised);
  if (twice) return { field: "identifiers", problem: twice };
  const ssn = normalised.find((id) => id.type === "SSN");
  if (ssn && parsed.data.ssnLastFour && ssn.value.slice(5) !== parsed.data.ssnLastFour) {
    return { field: "ssnLastFour", problem: "does not agree with the SSN given" };
  }
  const missing = identificationProblem(parsed.data, normalised);
  if (missing) return missing;
  return { registration: { person: parsed.data, identifiers: normalised } };
}

/**
 * Enough to identify a person (issue 21; README "Enough to identify"): a name part to call them
 * by, and something that tells namesakes apart — a birth date, an identifier or the SSN's last
 * four. Anything less could be anyone; a field missing beyond that is missing evidence, not an error.
 */
export function identificationProblem(
  person: Pick<PersonFields, "givenName" | "familyName" | "birthDate" | "ssnLastFour">,
  identifiers: readonly NormalisedIdentifier[],
): { field: string; problem: string } | undefined {
  if (!person.givenName && !person.familyName) return { field: "familyName", problem: "a registration needs a given or family name" };
  if (!person.birthDate && identifiers.length === 0 && !person.ssnLastFour) {
    return { field: "birthDate", problem: "a registration needs a birth date or an identifier (an SSN, Medicaid ID, MBI or the SSN's last four)" };
  }
  return undefined;
}
