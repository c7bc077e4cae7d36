import type { Principal } from "../auth/principal.ts";
import type { AuditCollector } from "../audit/audit-collector.ts";
import type { HubService } from "../auth/service-credential.ts";
import type { OwnerCalls } from "./owner-call.ts";
import type { Clock } from "../calendar/clock.ts";

/** What every resolver of every subgraph receives: who asks, the service's database, this request's loaders. */
export interface RequestContext<Db = unknown, Loaders = unknown> {
  principal: Principal;
  db: Db;
  loaders: Loaders;
  requestId: string;
  /** The caller's `Authorization` header, for a call through the graph made on the caller's behalf. */
  authorization: string;
  /** Where the graph (the gateway) answers; see SubgraphConfig.graphUrl. */
  graphUrl: string;
  /**
   * The hub service that vouched for this request with its service credential (the gateway on
   * every fetch it makes, a subgraph on a call to an owner), or undefined when a partner's request
   * came straight here. Only a vouched request may hand this subgraph `@external` values.
   */
  vouchedBy: HubService | undefined;
  /** Facts other owners hold, asked of them directly (owner-call.ts): authority never rests on what the request says. */
  owners: OwnerCalls;
  /** This request's sensitive reads and writes, written once as the answer leaves (audit-plugin.ts). */
  audit: AuditCollector;
  /** The hub's one clock: what day it is in the state (SubgraphConfig.clock). */
  clock: Clock;
}
