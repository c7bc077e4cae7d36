import type { Logger } from "./logger.ts";
import type { RequestObservation } from "./request-observation.ts";

/**
 * The one line each GraphQL request leaves: ids, names, codes and numbers. The gateway's line and
 * every subgraph's line for one request share its `requestId` (the `x-request-id` header the
 * gateway mints); a partner's own `x-request-id` is logged as `clientRequestId`.
 */
export function logRequest(logger: Logger, observation: RequestObservation, status: number, durationMs: number, traceId: string | undefined) {
  logger.info(
    {
      requestId: observation.requestId,
      ...(observation.clientRequestId ? { clientRequestId: observation.clientRequestId } : {}),
      ...(traceId ? { traceId } : {}),
      operationName: observation.operationName,
      operationType: observation.operationType,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      errorCodes: observation.errorCodes.length > 0 ? [...new Set(observation.errorCodes)] : undefined,
      organisationId: observation.organisationId,
      role: observation.role,
    },
    "graphql request",
  );
}
