// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { roles, type Role } from "@pasrr/auth/roles";
import { badUserInput } from "@pasrr/graphql-kit/errors";
import type { RequestContext } from "../context.ts";
import { connectionOf, pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { AuditEvent, AuditEventFilter } from "./audit-event.type.ts";
import { auditCursorKey, findAuditRecords, isAuditCursorKey, type RawSqlClient } from "./audit-store.ts";

/** An auditor reads a trail in bulk, so its pages are larger than the graph's usual 100. */
export const largestAuditPage = 500;
const defaultAuditPage = 100;

const AuditEventConnection = connectionOf(AuditEvent, "AuditEvent", "audit record", { shareable: true });

/**
 * The resolver class for one service's `<service>AuditEvents` query. The trail stays in the
 * database of the service that wrote it (each owns its data), so each service answers for its
 * own under its own root field name; the access matrix gives them to the state agency only.
 * The trail is a connection: an audit of a busy month is far more than one page.
 */
export function createAuditResolver(queryName: string, service: string): Function {
  @Resolver()
  class AuditEventsResolver {
    @Query(() => AuditEventConnection, { name: queryName, description: `The ${service} service's audit trail, newest first (state Medicaid agency only).` })
    async auditEvents(
      @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Which records; all when omitted." }) filter: AuditEventFilter | undefined,
      @Arg("first", () => Int, { nullable: true, description: `How many records per page (1–${largestAuditPage}; default ${defaultAuditPage}).` })
      first: number | undefined,
      @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page; omit for the newest records." })
      after: string | undefined,
      @Ctx() ctx: RequestContext,
    ) {
      // `filter.first` is the released contract's page size; the argument wins when both are given.
      const page = pageRequest(first ?? filter?.first ?? defaultAuditPage, after, isAuditCursorKey, largestAuditPage);
      if (filter?.role && !roles.includes(filter.role as Role)) throw badUserInput("filter.role", `one of ${roles.join(", ")}`);
      const rows = await findAuditRecords(ctx.db as RawSqlClient, {
        from: filter?.from,
        to: filter?.to,
        subject: filter?.subject,
        organisationId: filter?.organisationId,
        role: filter?.role as Role | undefined,
        entityId: filter?.entityId,
        field: filter?.field,
        before: page.afterKey,
        limit: page.first + 1,
      });
      return toConnection(rows, page, auditCursorKey);
    }
  }
  return AuditEventsResolver;
}
