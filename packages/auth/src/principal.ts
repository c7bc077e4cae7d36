import { z } from "zod";
import { countyScopedRoles, facilityScopedRoles, roles, type Role } from "./roles.ts";

/** Who is asking: read from a verified token, never from a plain header. */
export interface Principal {
  subject: string;
  organisationId: string;
  role: Role;
  /** Counties a PAA covers; empty for other roles. */
  counties: string[];
  /** Facilities a nursing facility or hospital operates; empty for other roles. */
  facilityIds: string[];
}

/** The hub's own claims, beside the registered ones (iss, aud, exp, nbf, iat) that jose checks. */
export const hubClaimsSchema = z
  .object({
    sub: z.string().min(1, "sub (subject) is required"),
    org: z.string().min(1, "org (organisation id) is required"),
    role: z.enum(roles),
    counties: z.array(z.string().min(1)).default([]),
    facilityIds: z.array(z.string().min(1)).default([]),
  })
  .superRefine((claims, ctx) => {
    if (countyScopedRoles.includes(claims.role) && claims.counties.length === 0) {
      ctx.addIssue({ code: "custom", path: ["counties"], message: `a ${claims.role} token must name its counties` });
    }
    if (facilityScopedRoles.includes(claims.role) && claims.facilityIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["facilityIds"], message: `a ${claims.role} token must name its facilities` });
    }
  });
export type HubClaims = z.infer<typeof hubClaimsSchema>;

export function principalFromClaims(claims: HubClaims): Principal {
  return {
    subject: claims.sub,
    organisationId: claims.org,
    role: claims.role,
    counties: claims.counties,
    facilityIds: claims.facilityIds,
  };
}
