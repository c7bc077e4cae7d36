import type { HubRole } from "../session/hub-claims.ts";

export interface NavLinkSpec {
  path: string;
  label: string;
}

const person = { path: "/people", label: "Find a person" };
const claims = { path: "/payment/claims", label: "Claim lines (CSV)" };

/**
 * The pages each role works from, first one its home. Only a menu: the hub decides what each role
 * may read and do, and a page reached by another role shows the hub's FORBIDDEN as a message.
 */
export const roleNavigation: Record<HubRole, NavLinkSpec[]> = {
  PAA: [{ path: "/paa", label: "Screening worklists" }, { path: "/paa/level-of-care", label: "Level of Care" }, person],
  MH_AUTHORITY: [{ path: "/authority", label: "Level II referrals" }],
  DD_AUTHORITY: [{ path: "/authority", label: "Level II referrals" }],
  HOSPITAL: [{ path: "/authority", label: "Level II referrals" }],
  NURSING_FACILITY: [{ path: "/facility", label: "Facility worklists" }],
  STATE_MEDICAID_AGENCY: [
    { path: "/state/dashboard", label: "Dashboard" },
    { path: "/state/duplicates", label: "Duplicate reviews" },
    { path: "/state/audit", label: "Audit trail" },
    person,
    claims,
  ],
  MEDICAID_PAYMENT: [claims],
};

export const homePath = (role: HubRole): string => roleNavigation[role][0]!.path;
