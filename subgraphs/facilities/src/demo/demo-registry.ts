import { demoFacilities } from "@pasrr/devtools/demo-cast";
import type { FacilityRegistration } from "../facility/facility.rules.ts";

/** Registry details of the shared demo cast's facilities (invented, like the cast). */
const castDetails: Record<string, Omit<FacilityRegistration, "providerNumber" | "name" | "county" | "state" | "region">> = {
  "DEMO-NF-0001": { npi: "1640000018", type: "NURSING_FACILITY", addressLine: "410 Maple Terrace Dr", city: "Cincinnati", postalCode: "45202", medicaidCertified: true, certifiedBeds: 120 },
  "DEMO-NF-0002": { npi: "1640000026", type: "NURSING_FACILITY", addressLine: "88 Riverbend Rd", city: "Hamilton", postalCode: "45011", medicaidCertified: true, certifiedBeds: 96 },
  "DEMO-NF-0003": { npi: "1640000034", type: "NURSING_FACILITY", addressLine: "1200 Cedar Hollow Way", city: "Columbus", postalCode: "43215", medicaidCertified: true, certifiedBeds: 150 },
};

/**
 * The demo registry: the cast's three nursing facilities plus hospitals, an ICF/IID and more
 * nursing facilities, in six counties of two PAA regions. All invented.
 */
export const demoRegistry: (FacilityRegistration & { id: string })[] = [
  ...demoFacilities.map((facility) => ({ ...facility, ...castDetails[facility.providerNumber]! })),
  { id: "0193a000-0000-7000-8000-00000000f101", providerNumber: "DEMO-HOSP-0101", npi: "1640000117", name: "Mercy Hamilton General Hospital", type: "HOSPITAL", addressLine: "2 Mercy Plaza", city: "Cincinnati", postalCode: "45219", county: "Hamilton", state: "OH", region: "Region 1", medicaidCertified: true, certifiedBeds: 310 },
  { id: "0193a000-0000-7000-8000-00000000f102", providerNumber: "DEMO-NF-0102", npi: "1640000125", name: "Clermont Meadows Nursing Center", type: "NURSING_FACILITY", addressLine: "55 Meadow Ln", city: "Batavia", postalCode: "45103", county: "Clermont", state: "OH", region: "Region 1", medicaidCertified: true, certifiedBeds: 80 },
  { id: "0193a000-0000-7000-8000-00000000f103", providerNumber: "DEMO-PSY-0103", npi: "1640000133", name: "Scioto Behavioral Health Hospital", type: "PSYCHIATRIC_HOSPITAL", addressLine: "900 Scioto Ave", city: "Columbus", postalCode: "43206", county: "Franklin", state: "OH", region: "Region 2", medicaidCertified: true, certifiedBeds: 64 },
  { id: "0193a000-0000-7000-8000-00000000f104", providerNumber: "DEMO-ICF-0104", npi: "1640000141", name: "Delaware Oaks ICF/IID", type: "ICF_IID", addressLine: "17 Oak Grove Ct", city: "Delaware", postalCode: "43015", county: "Delaware", state: "OH", region: "Region 2", medicaidCertified: true, certifiedBeds: 16 },
  { id: "0193a000-0000-7000-8000-00000000f105", providerNumber: "DEMO-NF-0105", npi: "1640000158", name: "Licking Valley Care Residence", type: "NURSING_FACILITY", addressLine: "3 Valley View Rd", city: "Newark", postalCode: "43055", county: "Licking", state: "OH", region: "Region 2", medicaidCertified: false, certifiedBeds: 40 },
];
