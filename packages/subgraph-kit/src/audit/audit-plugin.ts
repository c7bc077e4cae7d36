import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context.ts";
import type { Logger } from "@pasrr/observability/logger";
import { loggableError } from "@pasrr/observability/safe-error";
import { partnerOperationName } from "@pasrr/observability/request-observation";
import { insertAuditRecord, type RawSqlClient } from "./audit-store.ts";

/**
 * Writes each request's audit trail once, as the answer leaves (issue 7 §4): who (subject,
 * organisation, role), what (operation, fields, writes, entity ids), when (the row's time) and
 * through which service. The write is awaited, so a partner's next request sees it; a failed
 * write is logged as an error rather than dropped silently.
 */
export function auditPlugin(service: string, client: RawSqlClient, logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName }) {
          // A request refused before its context existed (no valid token) touched nothing.
          const audit = contextValue?.audit;
          if (!audit || audit.isEmpty) return;
          const { principal, requestId } = contextValue;
          try {
            await insertAuditRecord(client, {
              service,
              requestId,
              subject: principal.subject,
              organisationId: principal.organisationId,
              role: principal.role,
              operationName: partnerOperationName(operationName),
              writes: [...audit.writes],
              fields: [...audit.fields],
              entityIds: [...audit.entityIds],
            });
          } catch (error) {
            logger.error({ err: loggableError(error), requestId }, "the audit record could not be written");
          }
        },
      };
    },
  };
}
