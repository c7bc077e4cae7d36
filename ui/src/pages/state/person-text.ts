/** The parts of a person's name the graph may give (any of them may be unknown). */
export interface NameParts {
  givenName?: string | null;
  middleName?: string | null;
  familyName?: string | null;
  suffix?: string | null;
}

/** A person's name as one line, "(name not known)" when the registering partner gave none. */
export function personName(person: NameParts | null | undefined): string {
  const parts = [person?.givenName, person?.middleName, person?.familyName, person?.suffix].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join(" ") : "(name not known)";
}
