import type { ApolloServerPlugin, GraphQLRequest, GraphQLRequestListener } from "@apollo/server";
import type { GraphQLError } from "graphql";
import type { GatewayContext } from "../context.ts";
import { answerApq } from "./apq-by-organisation.ts";
import type { OrganisationApqCache } from "./apq-cache.ts";
import type { Safelist } from "./safelist.ts";
import { checkAgainstSafelist } from "./safelist-check.ts";

/**
 * Stands in for a refused request's text, so that Apollo parses and validates this harmless
 * operation instead of the refused one; it never executes (see below).
 */
const refusedPlaceholder = "query RefusedBeforeParsing { __typename }";

/**
 * Safelist mode and the APQ hash check, at the one point of Apollo Server's request pipeline
 * (@apollo/server requestPipeline.ts, processGraphQLRequest) that comes before the APQ cache, the
 * parser and validation: `requestDidStart`, whose `request` the pipeline reads only afterwards.
 *  - a registered operation gets the manifest's body as its text, and its `persistedQuery`
 *    extension is removed, so a request by id alone needs no APQ registration and none is made;
 *  - a refused request's text becomes a placeholder and its extension is removed, so an
 *    unregistered query is neither registered, nor parsed, nor validated (whose errors would name
 *    types and fields), and `didResolveOperation` — the first hook whose error Apollo answers as
 *    such — throws the refusal before execution. (An error thrown from `requestDidStart` itself
 *    would be answered as a 500.) The operation limits apply to registered operations as to any.
 *  - an unrestricted partner's APQ request is answered from its own organisation's texts
 *    (apq-by-organisation.ts); with APQ off (`apq` undefined) Apollo refuses the extension itself.
 */
export function persistedOperationsPlugin(safelist: Safelist, apq: OrganisationApqCache | undefined): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const persisted = persistedQueryOf(request);
      const verdict = checkAgainstSafelist({ query: request.query, sha256Hash: persisted?.sha256Hash }, safelist.get(contextValue.principal.role));
      if (verdict.kind === "unrestricted" && (!persisted || !apq)) return;
      request.extensions = withoutPersistedQuery(request.extensions);
      if (verdict.kind === "unrestricted") return answerApq(request, persisted!, contextValue, apq!, (error) => refused(request, error));
      if (verdict.kind === "registered") {
        request.query = verdict.operation.body;
        return;
      }
      return refused(request, verdict.error);
    },
  };
}

function refused(request: GraphQLRequest, error: GraphQLError): GraphQLRequestListener<GatewayContext> {
  request.query = refusedPlaceholder;
  request.operationName = undefined;
  return {
    async didResolveOperation() {
      throw error;
    },
  };
}

function persistedQueryOf(request: GraphQLRequest): { version: unknown; sha256Hash: string } | undefined {
  const persisted: unknown = request.extensions?.persistedQuery;
  if (!persisted || typeof persisted !== "object") return undefined;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  return typeof sha256Hash === "string" ? { version, sha256Hash } : undefined;
}

function withoutPersistedQuery(extensions: GraphQLRequest["extensions"]): GraphQLRequest["extensions"] {
  if (!extensions) return extensions;
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return rest;
}
