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

function tokenPayload(token: string): (Partial<HubClaims> & { exp?: unknown }) | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    // A token's payload is base64url JSON (RFC 7519); anything else is no token of the hub's.
    return JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0))),
    ) as Partial<HubClaims>;
  } catch {
    return undefined;
  }
}

export function readHubClaims(token: string): HubClaims | undefined {
  const json = tokenPayload(token);
  if (typeof json?.role !== "string" || typeof json.org !== "string") return undefined;
  return { sub: String(json.sub ?? ""), org: json.org, role: json.role, counties: json.counties ?? [], facilityIds: json.facilityIds ?? [] };
}

/**
 * Whether the token's `exp` has passed, by the real clock as the hub judges tokens (token-verifier.ts),
 * not a business date: a tab reopened after its token expired starts at sign-in, not at a refusal.
 */
export function tokenExpired(token: string): boolean {
  const exp = tokenPayload(token)?.exp;
  return typeof exp !== "number" || exp * 1000 <= Date.now();
}
