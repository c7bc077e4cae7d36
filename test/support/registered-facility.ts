import { randomUUID } from "node:crypto";
import { graphql } from "./graphql.ts";
import type { TestHub } from "./hub.ts";

export type FacilityKind = "NURSING_FACILITY" | "HOSPITAL" | "PSYCHIATRIC_HOSPITAL" | "ICF_IID";

const registerFacility = `mutation($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id } } }`;

/**
 * Registers a facility as the state agency does, and returns its id. A hospital's or NF's token
 * acts only for facilities the registry holds with its type (architecture.md, "Trust boundary"),
 * so a test that files or reports for a facility registers it first instead of making up an id.
 */
export async function registeredFacility(hub: TestHub, type: FacilityKind, county = "Hamilton", state = "OH"): Promise<string> {
  const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  const url = hub.gatewayUrl ?? hub.subgraphs.facilities!.url;
  const providerNumber = `T-${randomUUID().slice(0, 8).toUpperCase()}`;
  const answer = await graphql(url, registerFacility, {
    token,
    variables: {
      input: {
        providerNumber,
        name: `Test ${type.toLowerCase()} ${providerNumber}`,
        type,
        addressLine: "1 Test Way",
        city: "Testville",
        postalCode: "45000",
        county,
        state,
        region: "Region 1",
        medicaidCertified: true,
        certifiedBeds: 100,
      },
    },
  });
  const id = (answer.data?.registerFacility as { facility: { id: string } } | undefined)?.facility.id;
  if (!id) throw new Error(`registering a test facility failed: ${JSON.stringify(answer.errors)}`);
  return id;
}
