/** The partners on the graph (architecture.md, "Identity and authority"). */
export const roles = ["STATE_MEDICAID_AGENCY", "PAA", "MH_AUTHORITY", "DD_AUTHORITY", "MEDICAID_PAYMENT", "NURSING_FACILITY", "HOSPITAL"] as const;
export type Role = (typeof roles)[number];

/** Roles whose authority is bounded by counties (OH COA guide: a PAA sees only NFs in its area). */
export const countyScopedRoles: readonly Role[] = ["PAA"];
/** Roles whose authority is bounded by the facilities they operate. */
export const facilityScopedRoles: readonly Role[] = ["NURSING_FACILITY", "HOSPITAL"];
