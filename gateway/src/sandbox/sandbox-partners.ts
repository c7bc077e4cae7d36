import { demoFacilities } from "@pasrr/devtools/demo-cast";
import type { DevTokenRequest } from "@pasrr/devtools/dev-token";

/** One partner a developer can act as in the sandbox, with the demo scope its dev token carries. */
export interface SandboxPartner {
  /** Also the name of its guide, `docs/partners/<key>.md`, whose examples the sandbox offers. */
  key: string;
  label: string;
  token: DevTokenRequest;
}

const mapleTerrace = demoFacilities[0]!; // Hamilton county, DEMO-NF-0001
/** The demo registry's hospital (subgraphs/facilities/src/demo/seed.ts). */
export const demoHospitalId = "0193a000-0000-7000-8000-00000000f101";

/**
 * The seven partner roles of README "Tokens", each scoped to the synthetic demo data so its
 * examples find something: the PAA covers the first two demo people's counties, the nursing
 * facility is where the first demo person lives, the hospital is the demo registry's hospital.
 */
export const sandboxPartners: SandboxPartner[] = [
  { key: "medicaid-payment", label: "Medicaid payment system", token: { organisationId: "demo-medicaid-payment", role: "MEDICAID_PAYMENT" } },
  {
    key: "hospital",
    label: "Hospital (Mercy Hamilton General)",
    token: { organisationId: "demo-mercy-hamilton", role: "HOSPITAL", facilityIds: [demoHospitalId] },
  },
  { key: "paa", label: "PAA (Hamilton and Butler counties)", token: { organisationId: "demo-paa-region-1", role: "PAA", counties: ["Hamilton", "Butler"] } },
  {
    key: "nursing-facility",
    label: `Nursing facility (${mapleTerrace.name})`,
    token: { organisationId: "demo-maple-terrace", role: "NURSING_FACILITY", facilityIds: [mapleTerrace.id] },
  },
  { key: "mh-authority", label: "Mental-health Level II authority", token: { organisationId: "demo-mh-authority", role: "MH_AUTHORITY" } },
  { key: "dd-authority", label: "DD Level II authority", token: { organisationId: "demo-dd-authority", role: "DD_AUTHORITY" } },
  { key: "state-agency", label: "State Medicaid agency", token: { organisationId: "demo-state-agency", role: "STATE_MEDICAID_AGENCY" } },
];

export const findSandboxPartner = (key: string) => sandboxPartners.find((partner) => partner.key === key);
