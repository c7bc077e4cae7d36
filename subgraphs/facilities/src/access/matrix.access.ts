import { everyRole, only, scoped, type AccessMatrix } from "@pasrr/subgraph-kit/access/access-matrix";

/**
 * Who may do what with facilities, census events and stays (issue 4 §6, issue 7 §1). The scopes
 * are census.access.ts's `stayScope` and `censusScope`, applied in each query.
 */

/** Roles that read stays at all; the Level II authorities do not. */
const stayReaders = only({
  STATE_MEDICAID_AGENCY: "allowed",
  MEDICAID_PAYMENT: "allowed",
  PAA: scoped("COUNTIES"),
  NURSING_FACILITY: scoped("OWN_FACILITIES"),
  HOSPITAL: scoped("OWN_SUBMISSIONS"),
});
/** What a stay says about a person's health (where they came from and went): not for the payment system. */
const clinicalCensusReaders = { ...stayReaders, MEDICAID_PAYMENT: "denied" } as const;
/** Residents on a day: as for stays, but a hospital reads no facility's census. */
const censusReaders = { ...stayReaders, HOSPITAL: "denied" } as const;
const stateOnly = only({ STATE_MEDICAID_AGENCY: "allowed" });

export const facilitiesAccess: AccessMatrix = {
  "Query.facility": { roles: everyRole("allowed"), note: "The facility registry is public data." },
  "Query.facilityByProviderNumber": { roles: everyRole("allowed") },
  "Query.facilities": { roles: everyRole("allowed") },
  "Query.stay": { roles: stayReaders, note: "Out of scope: null, as for no such stay." },
  "Query.imdReview": { roles: stateOnly },
  "Query.hubCalendar": { roles: everyRole("allowed"), note: "The hub's date and time zone: no one's data." },
  "Query.facilitiesAuditEvents": { roles: stateOnly, note: "Oversight (HIPAA 45 CFR 164.312(b))." },
  "Mutation.recordCensusEvent": {
    roles: only({ NURSING_FACILITY: scoped("OWN_FACILITIES"), STATE_MEDICAID_AGENCY: "allowed" }),
    note: "NFs enter their census (CT PathTracker); the state records corrections only.",
  },
  "Mutation.registerFacility": { roles: stateOnly },
  "Individual.stays": { roles: stayReaders, sensitive: "IDENTITY", note: "Where a person lives." },
  "Individual.currentStay": { roles: stayReaders, sensitive: "IDENTITY" },
  "ClaimBatchCoverage.stayFacts": {
    roles: stayReaders,
    note: "Router-only (`@inaccessible`): the claim batch's stays, every person at once, each stay scoped (and its person's read audited) as by `Individual.stays` (issue 20).",
  },
  "Facility.census": { roles: censusReaders, sensitive: "IDENTITY" },
  "Facility.residents": { roles: censusReaders, sensitive: "IDENTITY" },
  "Facility.currentResidentIds": {
    roles: censusReaders,
    sensitive: "IDENTITY",
    note: "Router-only (`@inaccessible`): screenings requires it for the IMD share.",
  },
  "Stay.admissionSource": { roles: clinicalCensusReaders, sensitive: "CLINICAL" },
  "Stay.dischargeDestination": { roles: clinicalCensusReaders, sensitive: "CLINICAL" },
  "Stay.admittedFrom": { roles: clinicalCensusReaders },
  "Stay.events": { roles: clinicalCensusReaders },
  "CensusEvent.admissionSource": { roles: clinicalCensusReaders, sensitive: "CLINICAL" },
  "CensusEvent.dischargeDestination": { roles: clinicalCensusReaders, sensitive: "CLINICAL" },
};
