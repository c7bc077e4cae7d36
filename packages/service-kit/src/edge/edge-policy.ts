import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import type { Role } from "@pasrr/auth/roles";
import { createServiceCredentialVerifier, serviceCredentialHeader } from "@pasrr/auth/service-credential";
import { createTokenVerifier } from "@pasrr/auth/token-verifier";
import type { CommonConfig } from "../common-config.ts";
import type { RedisConnection } from "../shared-state/redis-connection.ts";
import type { RateLimitConfig } from "./partner-config.ts";
import type { Admission, Caller } from "./caller.ts";
import { OrganisationRateLimiter } from "./organisation-rate-limiter.ts";

export interface EdgePolicyOptions {
  /** The body a partner may send (GATEWAY_MAX_BODY_BYTES), at the gateway and straight to a subgraph alike. */
  partnerMaxBodyBytes: number;
  /** The body a request a hub service vouches for may send (a subgraph's SUBGRAPH_MAX_BODY_BYTES). */
  vouchedMaxBodyBytes: number;
  rateLimit: RateLimitConfig;
  /** The Redis the service's replicas share (REDIS_URL): they count each organisation's rate there, together. */
  redis: RedisConnection | undefined;
  /**
   * Roles that reach this service only through the gateway, which holds their safelist: a
   * subgraph refuses such a partner's own request outright (the gateway lists none).
   */
  gatewayOnlyRoles: readonly Role[];
}

export type EdgePolicy = (request: IncomingMessage) => Promise<Admission<Caller>>;

/**
 * What every service checks from the headers before it reads the body (architecture.md, "Trust
 * boundary"): the partner's token, the service credential when one is sent, the roles that must
 * come through the gateway, and the organisation's rate. A refusal is a GraphQLError carrying its
 * HTTP status (401, 403, 429); a 19 MB upload without a valid token is answered 401 unparsed.
 * Requests a hub service vouches for (the gateway's fetches, calls between owners) are not
 * partner traffic: they spend no organisation's rate and get the larger body limit.
 */
export async function createEdgePolicy(config: CommonConfig, options: EdgePolicyOptions): Promise<EdgePolicy> {
  const verifyToken = await createTokenVerifier(config.auth);
  const verifyVouch = await createServiceCredentialVerifier(config);
  const rateLimiter = options.redis ? OrganisationRateLimiter.shared(options.rateLimit, options.redis) : OrganisationRateLimiter.inProcess(options.rateLimit);
  const gatewayOnly = new Set<Role>(options.gatewayOnlyRoles);
  return async (request) => {
    const authorization = request.headers.authorization ?? "";
    const principal = await verifyToken(authorization);
    const vouchedBy = await verifyVouch(request.headers[serviceCredentialHeader]);
    if (!vouchedBy) {
      if (gatewayOnly.has(principal.role)) throw gatewayOnlyRole(principal.role);
      // Counted per verified organisation, before the body is read or the operation parsed.
      await rateLimiter.take(principal.organisationId);
    }
    return {
      caller: { principal, authorization, vouchedBy },
      maxBodyBytes: vouchedBy ? options.vouchedMaxBodyBytes : options.partnerMaxBodyBytes,
      keepsRequestId: vouchedBy !== undefined,
    };
  };
}

/** The gateway's safelist refusal, given at the subgraph too: the role's registered operations run only through the gateway. */
function gatewayOnlyRole(role: Role): GraphQLError {
  return new GraphQLError(`A ${role} partner may run only its registered operations, through the hub's gateway`, {
    extensions: { code: "PERSISTED_QUERY_NOT_IN_SAFELIST", http: { status: 403 } },
  });
}
