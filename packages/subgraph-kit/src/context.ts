import type { Principal } from "@pasrr/auth/principal";
import type { AuditCollector } from "./audit/audit-collector.ts";
import type { HubService } from "@pasrr/auth/service-credential";
import type { OwnerCalls } from "./owner-call.ts";
import type { Clock } from "@pasrr/calendar/clock";

/**
 * What the platform puts into every subgraph's services, beside the subgraph's own: made once at
 * start-up from validated configuration, except `owners`, which carries this request's id.
 */
export interface HubServices {
  /** The hub's one clock: what day it is in the state (SubgraphConfig.clock). */
  clock: Clock;
  /** Facts other owners hold, asked of them directly (owner-call.ts): authority never rests on what the request says. */
  owners: OwnerCalls;
  /** Where the graph (the gateway) answers; see SubgraphConfig.graphUrl. */
  graphUrl: string;
}

/**
 * What every resolver of every subgraph receives. A subgraph's own code reads three slots: who
 * asks (`principal`), this request's batched reads (`loaders`, nothing else), and what was made at
 * start-up from configuration (`services`: policy, settings, the clock, outbound calls). The rest
 * is the platform's request plumbing: the request's view of the database, its id, its audit.
 */
export interface RequestContext<Db = unknown, Loaders = unknown, Services = object> {
  principal: Principal;
  loaders: Loaders;
  services: HubServices & Services;
  db: Db;
  requestId: string;
  /** The caller's `Authorization` header, for a call through the graph made on the caller's behalf. */
  authorization: string;
  /**
   * The hub service that vouched for this request with its service credential (the gateway on
   * every fetch it makes, a subgraph on a call to an owner), or undefined when a partner's request
   * came straight here. Only a vouched request may hand this subgraph `@external` values.
   */
  vouchedBy: HubService | undefined;
  /** This request's sensitive reads and writes, written once as the answer leaves (audit-plugin.ts). */
  audit: AuditCollector;
}
