import type { Principal } from "@pasrr/auth/principal";
import type { CensusEventKind } from "../census/census-event.model.ts";

/**
 * Who may see whose stays (issue 4 §6; domain README, "Who acts"). Plain data, so the same
 * scope both filters queries (out-of-scope rows are never loaded) and answers single checks.
 *
 * Out of scope is handled one way throughout: a person's stays outside your scope are simply
 * not there (lists omit them, single stays are null), so whereabouts never leak; a role that may
 * never read a kind of record, or asks for the census of a facility it does not cover, gets
 * FORBIDDEN (the facility itself is public registry data, so refusing leaks nothing).
 */
export type CensusScope =
  | { kind: "all" }
  /** A nursing facility: its own facilities. */
  | { kind: "facilities"; facilityIds: string[] }
  /** A PAA: facilities in its counties (OH COA guide: a PAA sees only NFs in its area). */
  | { kind: "counties"; counties: string[] }
  /** A hospital: the stays it discharged people to. */
  | { kind: "admittedFrom"; facilityIds: string[] }
  | { kind: "none" };

/** Facility ids in a token, compared as the hub stores them (lower-case uuids). */
const ownFacilities = (principal: Principal) => principal.facilityIds.map((id) => id.toLowerCase());

/** Whose stays a principal may read, through `Individual.stays`, `stay(id)` and links between stays. */
export function stayScope(principal: Principal): CensusScope {
  switch (principal.role) {
    case "STATE_MEDICAID_AGENCY":
    case "MEDICAID_PAYMENT": // dates, facility and payer only: see matrix.access.ts
      return { kind: "all" };
    case "PAA":
      return { kind: "counties", counties: principal.counties };
    case "NURSING_FACILITY":
      return { kind: "facilities", facilityIds: ownFacilities(principal) };
    case "HOSPITAL":
      return { kind: "admittedFrom", facilityIds: ownFacilities(principal) };
    default:
      return { kind: "none" };
  }
}

/** Whose census (residents on a date) a principal may read: as for stays, but a hospital reads none. */
export function censusScope(principal: Principal): CensusScope {
  const scope = stayScope(principal);
  return scope.kind === "admittedFrom" ? { kind: "none" } : scope;
}

/** Whether a facility's census lies within a scope. */
export function coversFacility(scope: CensusScope, facility: { id: string; county: string }): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "facilities":
      return scope.facilityIds.includes(facility.id.toLowerCase());
    case "counties":
      return scope.counties.includes(facility.county);
    default:
      return false;
  }
}

/**
 * A nursing facility records events for its own facilities only (CT PathTracker best practice 1:
 * NFs enter the census). The state agency's help desk fixes mistakes, so it may record a
 * CORRECTION anywhere (CT best practice 4: "contact the CT PASRR Help Desk") and nothing else.
 */
export function mayRecordCensusEvent(principal: Principal, facilityId: string, kind: CensusEventKind): boolean {
  if (principal.role === "NURSING_FACILITY") return ownFacilities(principal).includes(facilityId.toLowerCase());
  return principal.role === "STATE_MEDICAID_AGENCY" && kind === "CORRECTION";
}
