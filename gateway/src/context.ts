import type { Principal } from "@pasrr/platform";

/** The gateway's per-request context: the verified partner and the token to forward. */
export interface GatewayContext {
  principal: Principal;
  /** The `Authorization` header exactly as the partner sent it, forwarded to every subgraph. */
  authorization: string;
  requestId: string;
}
