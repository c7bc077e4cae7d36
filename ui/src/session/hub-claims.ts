/**
 * The hub's own claims as the UI reads them from the token it holds (packages/auth principal.ts):
 * for choosing which worklists to show, never for deciding anything. The gateway and every
 * subgraph verify the token and decide; a token the UI misreads gets FORBIDDEN, not data.
 */
export type HubRole = "PAA" | "MH_AUTHORITY" | "DD_AUTHORITY" | "NURSING_FACILITY" | "HOSPITAL" | "STATE_MEDICAID_AGENCY" | "MEDICAID_PAYMENT";

export interface HubClaims {
  sub: string;
  org: string;
  role: HubRole;
  counties: string[];
  facilityIds: string[];
}

export function readHubClaims(token: string): HubClaims | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0))),
    ) as Partial<HubClaims>;
    if (typeof json.role !== "string" || typeof json.org !== "string") return undefined;
    return { sub: String(json.sub ?? ""), org: json.org, role: json.role, counties: json.counties ?? [], facilityIds: json.facilityIds ?? [] };
  } catch {
    return undefined;
  }
}
