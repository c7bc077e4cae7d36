import { z } from "zod";
import { roles, type Role } from "@pasrr/auth/roles";
import { bodyBytes, readVar, type Env, type RuntimeMode } from "@pasrr/config/env";

/*
 * What a partner's request is held to, at the gateway and at a subgraph reached straight
 * (architecture.md, "Trust boundary"): the same variables configure both.
 */

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Each organisation's rate: `burst` requests at once, `perMinute` sustained (see organisation-rate-limiter.ts). */
export interface RateLimitConfig {
  perMinute: number;
  burst: number;
}

export function loadRateLimit(env: Env): RateLimitConfig {
  return {
    perMinute: readVar(env, "GATEWAY_RATE_LIMIT_PER_MINUTE", whole(1, 10_000_000).default(600)),
    burst: readVar(env, "GATEWAY_RATE_LIMIT_BURST", whole(1, 10_000_000).default(120)),
  };
}

/** `GATEWAY_MAX_BODY_BYTES`: the body any partner may send, to the gateway or straight to a subgraph. */
export function readPartnerMaxBodyBytes(env: Env): number {
  // The payment system's claim batch: 10,000 lines with their Medicaid IDs are about 2 MB of JSON.
  return readVar(env, "GATEWAY_MAX_BODY_BYTES", bodyBytes.default(4 * 1024 * 1024));
}

/** The payment system's production setting (issue 9, item 5): it runs only its registered operations. */
export const productionSafelistedRoles: readonly Role[] = ["MEDICAID_PAYMENT"];

const roleList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((role) => role.trim())
      .filter((role) => role.length > 0),
  )
  .pipe(z.array(z.enum(roles, { error: (issue) => `unknown role ${JSON.stringify(issue.input)}; roles are ${roles.join(", ")} (or "none")` })));

/**
 * `GATEWAY_SAFELISTED_ROLES`: comma-separated roles, or `none`; by default the payment role in
 * production and none elsewhere. Such a role runs only registered operations, so a subgraph
 * refuses it outright: it has no way round the gateway's safelist.
 */
export function loadSafelistedRoles(env: Env, mode: RuntimeMode): Role[] {
  const listed = env.GATEWAY_SAFELISTED_ROLES?.trim() === "none" ? [] : readVar(env, "GATEWAY_SAFELISTED_ROLES", roleList.optional());
  return listed ?? (mode === "production" ? [...productionSafelistedRoles] : []);
}
