import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { roles, type Role } from "../auth/roles.ts";
import { badUserInput } from "../errors.ts";
import type { RequestContext } from "../graphql/context.ts";
import { AuditEvent, AuditEventFilter } from "./audit-event.type.ts";
import { findAuditRecords, type RawSqlClient } from "./audit-store.ts";

const maxAuditPage = 500;

/**
 * The resolver class for one service's `<service>AuditEvents` query. The trail stays in the
 * database of the service that wrote it (each owns its data), so each service answers for its
 * own under its own root field name; the access matrix gives them to the state agency only.
 */
export function createAuditResolver(queryName: string, service: string): Function {
  @Resolver()
  class AuditEventsResolver {
    @Query(() => [AuditEvent], { name: queryName, description: `The ${service} service's audit trail, newest first (state Medicaid agency only).` })
    async auditEvents(
      @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Which records; all when omitted." }) filter: AuditEventFilter | undefined,
      @Ctx() ctx: RequestContext,
    ): Promise<AuditEvent[]> {
      const limit = filter?.first ?? 100;
      if (limit < 1 || limit > maxAuditPage) throw badUserInput("filter.first", `between 1 and ${maxAuditPage}`);
      if (filter?.role && !roles.includes(filter.role as Role)) throw badUserInput("filter.role", `one of ${roles.join(", ")}`);
      return findAuditRecords(ctx.db as RawSqlClient, {
        from: filter?.from,
        to: filter?.to,
        subject: filter?.subject,
        organisationId: filter?.organisationId,
        role: filter?.role as Role | undefined,
        entityId: filter?.entityId,
        field: filter?.field,
        limit,
      });
    }
  }
  return AuditEventsResolver;
}
