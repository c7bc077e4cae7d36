import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { getOperationAST } from "graphql";

/** Where a request's observation rides on its context, for the plugin below to fill in. */
export const requestObservationKey = Symbol("requestObservation");

const graphqlName = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;

/**
 * What one GraphQL request did, gathered as it goes and written once as it ends (a log line,
 * metrics, the span's attributes). It holds ids, names and codes only: never variables, never
 * the query text, never anything about a person.
 */
export class RequestObservation {
  readonly startedAt = performance.now();
  /** As the caller named it; a name that is not a GraphQL name (only the raw request can carry one) is left out. */
  operationName: string | undefined;
  operationType: string | undefined;
  readonly errorCodes: string[] = [];
  organisationId: string | undefined;
  role: string | undefined;
  /** The id a partner sent in `x-request-id`, which the hub does not adopt (http-server.ts): logged beside the hub's own. */
  clientRequestId: string | undefined;

  constructor(readonly requestId: string) {}

  noteOperation(name: string | null | undefined, type: string | undefined) {
    if (name && graphqlName.test(name)) this.operationName = name;
    if (type) this.operationType = type;
  }

  noteCaller(contextValue: unknown) {
    const principal = (contextValue as { principal?: { organisationId?: unknown; role?: unknown } } | undefined)?.principal;
    if (typeof principal?.organisationId === "string") this.organisationId = principal.organisationId;
    if (typeof principal?.role === "string") this.role = principal.role;
  }

  noteError(code: unknown) {
    this.errorCodes.push(typeof code === "string" ? code : "INTERNAL_SERVER_ERROR");
  }

  /** The operation's name without the gateway's `__<service>__<n>` suffix, so one name counts once across services. */
  get partnerOperationName(): string | undefined {
    return partnerOperationName(this.operationName) ?? undefined;
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }
}

export function observationOf(contextValue: unknown): RequestObservation | undefined {
  return (contextValue as Record<symbol, RequestObservation | undefined> | undefined)?.[requestObservationKey];
}

/** Fills the request's observation from what Apollo resolved: the operation, and the codes of the errors answered. */
export function requestObservationPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, operation, document, request, response }) {
          const observation = observationOf(contextValue);
          if (!observation) return;
          // A document that parsed but failed validation still names its operation.
          const named = operation ?? (document ? getOperationAST(document, request.operationName) : undefined);
          observation.noteOperation(operationName ?? named?.name?.value ?? request.operationName, named?.operation);
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) observation.noteError(error.extensions?.code);
        },
      };
    },
  };
}

/**
 * The operation name as the partner wrote it: the gateway names its fetch to each subgraph
 * `<name>__<service>__<n>`, so the suffix is taken off to keep one name across the trails.
 */
export function partnerOperationName(name: string | null | undefined): string | null {
  return name ? name.replace(/__[A-Za-z0-9]+__\d+$/, "") : null;
}
