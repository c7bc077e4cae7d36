import type { Principal } from "@pasrr/auth/principal";

/** The gateway's per-request context: the verified partner and the token to forward. */
export interface GatewayContext {
  principal: Principal;
  /** The `Authorization` header exactly as the partner sent it, forwarded to every subgraph. */
  authorization: string;
  requestId: string;
  /** The partner's `Idempotency-Key` for a mutation it may retry, passed on to the subgraph that writes. */
  idempotencyKey: string | undefined;
  /** Set when a subgraph answered a retried mutation from its stored first answer; the partner is told so. */
  replay: { idempotent: boolean };
}
