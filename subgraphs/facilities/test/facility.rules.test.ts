import { describe, expect, it } from "vitest";
import { ConfigError } from "@pasrr/config/config-error";
import type { Principal } from "@pasrr/auth/principal";
import { censusScope, coversFacility, mayRecordCensusEvent, stayScope } from "../src/access/census.access.ts";
import { loadFacilitiesSettings } from "../src/facilities.config.ts";
import { isNpi } from "../src/facility/facility.rules.ts";
import { facilityRegistrationSchema } from "../src/facility/facility.validation.ts";

const principal = (role: Principal["role"], scope: Partial<Principal> = {}): Principal => ({
  subject: "s",
  organisationId: "o",
  role,
  counties: [],
  facilityIds: [],
  ...scope,
});

describe("authority over census data (issue 4 §6)", () => {
  const hamilton = { id: "nf-a", county: "Hamilton" };
  const franklin = { id: "nf-b", county: "Franklin" };

  it("a nursing facility covers its own facilities' census only", () => {
    const scope = censusScope(principal("NURSING_FACILITY", { facilityIds: ["nf-a"] }));
    expect([coversFacility(scope, hamilton), coversFacility(scope, franklin)]).toEqual([true, false]);
  });

  it("facility ids in a token match whatever their letter case", () => {
    const nf = principal("NURSING_FACILITY", { facilityIds: ["NF-A"] });
    expect(coversFacility(censusScope(nf), hamilton)).toBe(true);
    expect(mayRecordCensusEvent(nf, "nf-a", "ADMISSION")).toBe(true);
  });

  it("a PAA covers facilities in its counties (OH COA guide: a PAA sees only NFs in its area)", () => {
    const scope = censusScope(principal("PAA", { counties: ["Hamilton"] }));
    expect([coversFacility(scope, hamilton), coversFacility(scope, franklin)]).toEqual([true, false]);
  });

  it("a hospital reads the stays it discharged to but no facility's census", () => {
    const hospital = principal("HOSPITAL", { facilityIds: ["h"] });
    expect(stayScope(hospital)).toEqual({ kind: "admittedFrom", facilityIds: ["h"] });
    expect(coversFacility(censusScope(hospital), hamilton)).toBe(false);
  });

  it("the state agency and the payment system cover everything; the Level II authorities nothing", () => {
    for (const role of ["STATE_MEDICAID_AGENCY", "MEDICAID_PAYMENT"] as const) expect(coversFacility(censusScope(principal(role)), franklin)).toBe(true);
    for (const role of ["MH_AUTHORITY", "DD_AUTHORITY"] as const) expect(stayScope(principal(role))).toEqual({ kind: "none" });
  });

  it("only a nursing facility records census events, for its own facilities; the state agency only corrects", () => {
    const nf = principal("NURSING_FACILITY", { facilityIds: ["nf-a"] });
    expect(mayRecordCensusEvent(nf, "nf-a", "ADMISSION")).toBe(true);
    expect(mayRecordCensusEvent(nf, "nf-b", "ADMISSION")).toBe(false);
    expect(mayRecordCensusEvent(principal("STATE_MEDICAID_AGENCY"), "nf-a", "CORRECTION")).toBe(true);
    expect(mayRecordCensusEvent(principal("STATE_MEDICAID_AGENCY"), "nf-a", "DISCHARGE")).toBe(false);
    expect(mayRecordCensusEvent(principal("PAA", { counties: ["Hamilton"] }), "nf-a", "CORRECTION")).toBe(false);
  });
});

describe("the facility registry", () => {
  it("an NPI is ten digits with a valid check digit (Luhn over 80840 and the first nine)", () => {
    expect(isNpi("1234567893")).toBe(true);
    expect(isNpi("1234567890")).toBe(false);
    expect(isNpi("123456789")).toBe(false);
  });

  it("a registration is normalised: provider number and state upper-cased, white space folded", () => {
    const parsed = facilityRegistrationSchema.parse({
      providerNumber: " oh-1234 ",
      npi: null,
      name: "  Elm   Court ",
      type: "NURSING_FACILITY",
      addressLine: "1 Elm",
      city: "Xenia",
      postalCode: "45385",
      county: "Greene",
      state: "oh",
      region: "Region 2",
      medicaidCertified: true,
      certifiedBeds: 60,
    });
    expect(parsed).toMatchObject({ providerNumber: "OH-1234", name: "Elm Court", state: "OH", npi: null });
  });
});

describe("configuration", () => {
  it("CENSUS_LATE_ENTRY_DAYS defaults to 7 (CO 8.401.44 B: discharges reported within one week)", () => {
    expect(loadFacilitiesSettings({}).lateEntryDays).toBe(7);
    expect(loadFacilitiesSettings({ CENSUS_LATE_ENTRY_DAYS: "3" }).lateEntryDays).toBe(3);
  });

  it("a bad CENSUS_LATE_ENTRY_DAYS stops the service with a line naming the variable", () => {
    expect(() => loadFacilitiesSettings({ CENSUS_LATE_ENTRY_DAYS: "soon" })).toThrow(ConfigError);
    expect(() => loadFacilitiesSettings({ CENSUS_LATE_ENTRY_DAYS: "-1" })).toThrow(/CENSUS_LATE_ENTRY_DAYS/);
  });
});
