import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import type { RuntimeMode } from "@pasrr/config/env";
import type { RequestContext } from "./context.ts";

/**
 * A subgraph's schema — `_service { sdl }` and introspection (`__schema`, `__type`) — is for the
 * hub's gateway. In production only a request the gateway vouches for with its credential reads
 * it; a partner's own request straight here is refused (403) before anything runs, as the gateway
 * refuses introspection without SANDBOX (OWASP GraphQL Cheat Sheet, "Introspection"). In
 * development and test partners may read it, as they may at the gateway's sandbox.
 */
export function schemaExposurePlugin<TContext extends RequestContext>(mode: RuntimeMode): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      if (mode !== "production") return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.vouchedBy === "gateway" || !readsTheSchema(document)) return;
          throw new GraphQLError("This service's schema is served to the hub's gateway only", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
        },
      };
    },
  };
}

/** Whether any operation or fragment in the document asks for `_service`, `__schema` or `__type`. */
function readsTheSchema(document: DocumentNode): boolean {
  let reads = false;
  visit(document, {
    [Kind.FIELD](field) {
      const name = field.name.value;
      if (name === "_service" || name === "__schema" || name === "__type") reads = true;
    },
  });
  return reads;
}
