import { describe, expect, it } from "vitest";
import { loadIdentityConfig } from "../src/individuals.config.ts";
import { checkIdentifier, oneOfEachProblem } from "../src/identifier/identifier.rules.ts";
import { mbiProblem, ssnProblem } from "../src/identifier/identifier-format.rules.ts";

const rules = loadIdentityConfig({}).identifierRules;

describe("SSN format (SSA: numbers never assigned)", () => {
  it.each(["000123456", "666123456", "900123456", "999123456", "123004567", "123450000", "12345678", "12345678a"])("%s is refused", (ssn) => {
    expect(ssnProblem(ssn)).toBeDefined();
  });
  it.each(["123456789", "001010001", "665999999", "899999999"])("%s is well formed", (ssn) => {
    expect(ssnProblem(ssn)).toBeUndefined();
  });
});

describe("Medicare Beneficiary Identifier (CMS MBI format)", () => {
  it.each([
    ["1EG4TE5MK73", "CMS's own example, 1EG4-TE5-MK73"],
    ["1E94TE5MK73", "position 3 may be a digit"],
    ["9EG4TE5MK73", "position 1 may be 9"],
  ])("%s is well formed: %s", (mbi) => {
    expect(mbiProblem(mbi)).toBeUndefined();
  });

  it.each([
    ["0EG4TE5MK73", "position 1 may not be 0"],
    ["1SG4TE5MK73", "S is never used"],
    ["1EG4TE5MKO3", "O is never used"],
    ["1EGATE5MK73", "position 4 must be a digit"],
    ["1EG4TE5MK7", "ten characters are too few"],
  ])("%s is refused: %s", (mbi) => {
    expect(mbiProblem(mbi)).toBeDefined();
  });
});

describe("identifier claims are normalised and checked per type", () => {
  it("SSNs and MBIs take their fixed issuer; dashes and spaces go", () => {
    expect(checkIdentifier({ type: "SSN", value: "123-45 6789" }, rules)).toEqual({
      identifier: { type: "SSN", issuer: "SSA", value: "123456789", validFrom: null, validThrough: null },
    });
    expect(checkIdentifier({ type: "MEDICARE_MBI", issuer: "cms", value: "1eg4-te5-mk73" }, rules)).toMatchObject({
      identifier: { issuer: "CMS", value: "1EG4TE5MK73" },
    });
    expect(checkIdentifier({ type: "SSN", issuer: "IRS", value: "123456789" }, rules)).toMatchObject({ field: "issuer" });
  });

  it("a Medicaid ID is checked against its state's configured pattern (OH: 12 digits; CO: a letter and 6 digits)", () => {
    expect(checkIdentifier({ type: "MEDICAID_ID", issuer: "oh", value: "1234 5678 9012" }, rules)).toMatchObject({
      identifier: { issuer: "OH", value: "123456789012" },
    });
    expect(checkIdentifier({ type: "MEDICAID_ID", issuer: "OH", value: "A123456" }, rules)).toMatchObject({ field: "value" });
    expect(checkIdentifier({ type: "MEDICAID_ID", issuer: "CO", value: "a123456" }, rules)).toMatchObject({ identifier: { value: "A123456" } });
    expect(checkIdentifier({ type: "MEDICAID_ID", issuer: "ZZ", value: "123456789012" }, rules)).toMatchObject({ field: "issuer" });
  });

  it("a state client number names its state program; a facility record number its facility id", () => {
    expect(checkIdentifier({ type: "STATE_CLIENT_ID", issuer: "mn pmi", value: "00012345" }, rules)).toMatchObject({ identifier: { issuer: "MN-PMI" } });
    expect(checkIdentifier({ type: "STATE_CLIENT_ID", issuer: "PMI", value: "00012345" }, rules)).toMatchObject({ field: "issuer" });
    expect(checkIdentifier({ type: "FACILITY_MRN", issuer: "0193A000-0000-7000-8000-00000000F001", value: "mrn 1" }, rules)).toMatchObject({
      identifier: { issuer: "0193a000-0000-7000-8000-00000000f001", value: "MRN1" },
    });
    expect(checkIdentifier({ type: "FACILITY_MRN", issuer: "Maple Terrace", value: "1" }, rules)).toMatchObject({ field: "issuer" });
  });

  it("a person carries one SSN, one MBI and one Medicaid ID per state", () => {
    const id = (type: "SSN" | "MEDICAID_ID", issuer: string, value: string) => ({ type, issuer, value, validFrom: null, validThrough: null });
    expect(oneOfEachProblem([id("SSN", "SSA", "123456789"), id("SSN", "SSA", "123456788")])).toBeDefined();
    expect(oneOfEachProblem([id("MEDICAID_ID", "OH", "123456789012"), id("MEDICAID_ID", "OH", "123456789013")])).toBeDefined();
    expect(oneOfEachProblem([id("MEDICAID_ID", "OH", "123456789012"), id("MEDICAID_ID", "CT", "123456789")])).toBeUndefined();
  });
});
