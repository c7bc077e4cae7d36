import { describe, expect, it } from "vitest";
import type { IdentifierClaim } from "../src/identifier/identifier.rules.ts";
import { loadIdentityConfig } from "../src/individuals.config.ts";
import { checkRegistration } from "../src/registration/registration.rules.ts";

/** Issue 21, "enough to identify" (README): a name part, and a birth date, an identifier or the SSN's last four. */
const rules = loadIdentityConfig({}).identifierRules;
const today = "2026-11-22";
const base = { givenName: "Agnes", familyName: "Holloway", birthDate: "1940-02-02", county: "Hamilton", state: "OH" };
const check = (overrides: Record<string, unknown>, identifiers: IdentifierClaim[] = []) =>
  checkRegistration({ ...base, ...overrides }, identifiers, today, rules);

describe("a registration holds enough to identify a person", () => {
  it.each([
    ["a family name and a birth date", { givenName: null }, []],
    ["a given name and a birth date", { familyName: undefined }, []],
    ["a name and an SSN", { birthDate: null }, [{ type: "SSN", value: "212-55-1234" }]],
    [
      "a name and a facility MRN",
      { birthDate: null, givenName: "" },
      [{ type: "FACILITY_MRN", issuer: "0193a000-0000-7000-8000-00000000f001", value: "MRN-1" }],
    ],
    ["a name and the SSN's last four", { birthDate: null, ssnLastFour: "1234" }, []],
  ] as [string, Record<string, unknown>, IdentifierClaim[]][])("%s is enough", (_, overrides, identifiers) => {
    expect(check(overrides, identifiers)).toHaveProperty("registration");
  });

  it("a blank or letterless name part is missing (null), not an error", () => {
    const result = check({ givenName: "   ", familyName: " -- ", middleName: "" }, [{ type: "SSN", value: "212-55-1234" }]);
    expect(result).toEqual({ field: "familyName", problem: "a registration needs a given or family name" });
    const kept = check({ givenName: " . " });
    expect("registration" in kept && kept.registration.person).toMatchObject({ givenName: null, familyName: "Holloway" });
  });

  it("a name alone is refused, naming the birth date", () => {
    expect(check({ birthDate: null })).toMatchObject({ field: "birthDate", problem: expect.stringContaining("a birth date or an identifier") });
  });

  it("an identifier that is not valid is refused for itself before the rule is asked", () => {
    expect(check({ birthDate: null }, [{ type: "SSN", value: "000-12-3456" }])).toMatchObject({ field: "identifiers.0.value" });
  });

  it("impossible values are refused even when the rest would be enough", () => {
    expect(check({ birthDate: "2026-11-23" })).toEqual({ field: "birthDate", problem: "may not be in the future" });
    expect(check({ birthDate: "1896-11-21" })).toMatchObject({ field: "birthDate" });
  });
});
