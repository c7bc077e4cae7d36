import { HeaderMap, type GraphQLRequest, type GraphQLRequestListener } from "@apollo/server";
import { GraphQLError, type GraphQLErrorOptions } from "graphql";
import type { GatewayContext } from "../context.ts";
import type { OrganisationApqCache } from "./apq-cache.ts";

/** What a request's `persistedQuery` extension says, once the safelist has let it through. */
export interface ApqReference {
  version: unknown;
  sha256Hash: string;
}

/**
 * Apollo's APQ errors, as Apollo Server words and answers them (@apollo/server internalErrorClasses.ts),
 * so clients written for Apollo's protocol (resend the text on PERSISTED_QUERY_NOT_FOUND) work as
 * before. Not found is part of the protocol, not a failure: HTTP 200, never cached (an error thrown
 * where this one is would otherwise be answered 500).
 */
const notFound = () => {
  // Apollo Server reads `http.headers` as its HeaderMap; graphql's typing of extensions does not know it.
  const extensions = {
    code: "PERSISTED_QUERY_NOT_FOUND",
    http: { status: 200, headers: new HeaderMap([["cache-control", "private, no-cache, must-revalidate"]]) },
  } as unknown as GraphQLErrorOptions["extensions"];
  return new GraphQLError("PersistedQueryNotFound", { extensions });
};
const unsupportedVersion = () => new GraphQLError("Unsupported persisted query version", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });

/**
 * The APQ protocol against the organisation's own texts, run in `requestDidStart` before Apollo
 * reads the request (the gateway gives Apollo no APQ cache of its own). The extension is taken off
 * the request either way. A hash alone becomes its text when this organisation registered it, else
 * the request is refused as not found — exactly what an unknown hash gets, so the answer says
 * nothing of other organisations. A text with its hash (the safelist check has already refused a
 * hash that is not the text's sha256) runs as sent and is registered once it has passed
 * validation and the operation limits (`executionDidStart`), as Apollo registers.
 */
export async function answerApq(
  request: GraphQLRequest,
  reference: ApqReference,
  context: GatewayContext,
  cache: OrganisationApqCache,
  refuse: (error: GraphQLError) => GraphQLRequestListener<GatewayContext>,
): Promise<GraphQLRequestListener<GatewayContext> | void> {
  if (reference.version !== 1) return refuse(unsupportedVersion());
  const organisationId = context.principal.organisationId;
  if (request.query === undefined) {
    const text = await cache.get(organisationId, reference.sha256Hash);
    if (text === undefined) return refuse(notFound());
    request.query = text;
    return;
  }
  const query = request.query;
  return {
    async executionDidStart() {
      await cache.set(organisationId, reference.sha256Hash, query);
    },
  };
}
