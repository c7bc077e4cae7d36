import type { Role } from "@pasrr/auth/roles";

/**
 * The access matrix's vocabulary (issue 7 §1). Each subgraph declares its rows once, in
 * `src/access/access-matrix.ts`; `buildFederatedSchema` enforces them (matrix-guard.ts) and
 * `npm run docs:access` renders them to docs/access-matrix.md, so what is documented is what runs.
 */

/**
 * The scopes a partner's authority is bounded by (domain README, "Who acts"). A scoped cell lets
 * the request through; the resolver's row filter keeps out-of-scope rows from ever loading.
 */
export const accessScopes = {
  COUNTIES: "the PAA's counties (OH COA guide: a PAA sees only NFs in its area)",
  OWN_FACILITIES: "the facility's own facilities and residents",
  ASSIGNED_REFERRALS: "the Level II authority's own referrals (MH for SMI, DD for ID/DD)",
  OWN_SUBMISSIONS: "the hospital's own submissions and the patients it discharged",
  HELD_IDENTIFIERS:
    "people the partner already holds an identifier for, of the identifier types its role may use (individuals' table below), a bounded number of different identifiers per request, every person found audited",
} as const;
export type AccessScope = keyof typeof accessScopes;

/** How a value is shown to a role that may read the field but not all of it. */
export const accessMasks = {
  SSN_LAST_FOUR: "an SSN shows only its last four digits (***-**-6789)",
} as const;
export type AccessMask = keyof typeof accessMasks;

export type Access = "allowed" | "denied" | { scoped: AccessScope } | { masked: AccessMask };

/** Why a field is in the matrix beside the root fields: what kind of protected information it holds. */
export type Sensitivity = "PHI" | "CLINICAL" | "IDENTITY";

export interface AccessRule {
  /** One cell per role; the type makes every role's answer explicit. */
  roles: Record<Role, Access>;
  /** Set for sensitive fields: every read of one is audited (issue 7 §4). */
  sensitive?: Sensitivity;
  /** A short note for the rendered matrix (why the row is as it is, with its source). */
  note?: string;
}

/** `Type.field` → its rule: every Query and Mutation field, and every sensitive field. */
export type AccessMatrix = Record<string, AccessRule>;

export const scoped = (scope: AccessScope): Access => ({ scoped: scope });
export const masked = (mask: AccessMask): Access => ({ masked: mask });

/** A row where every role has the same answer, with the exceptions named. */
export function everyRole(access: Access, exceptions: Partial<Record<Role, Access>> = {}): Record<Role, Access> {
  return {
    STATE_MEDICAID_AGENCY: access,
    PAA: access,
    MH_AUTHORITY: access,
    DD_AUTHORITY: access,
    MEDICAID_PAYMENT: access,
    NURSING_FACILITY: access,
    HOSPITAL: access,
    ...exceptions,
  };
}

/** A row where only the named roles get in; everyone else is denied. */
export const only = (granted: Partial<Record<Role, Access>>): Record<Role, Access> => everyRole("denied", granted);

/** The cell for a role, or "denied" when the field is not in the matrix (fail closed). */
export function accessOf(matrix: AccessMatrix, coordinate: string, role: Role): Access {
  return matrix[coordinate]?.roles[role] ?? "denied";
}

export const isDenied = (access: Access) => access === "denied";
export const maskOf = (access: Access): AccessMask | undefined => (typeof access === "object" && "masked" in access ? access.masked : undefined);

/** `123456789` → `***-**-6789`: what a role without need sees of an SSN (accessMasks.SSN_LAST_FOUR). */
export const maskSsn = (digits: string) => `***-**-${digits.slice(-4)}`;
