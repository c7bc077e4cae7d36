import type { ApolloGateway } from "@apollo/gateway";
import { printSchema } from "graphql";

/**
 * The SDL of the API schema the gateway serves — what introspection would show, without the
 * supergraph's join directives and subgraph URLs — kept current through @apollo/gateway's own
 * schema listener. Registered before the server starts, so it holds the schema from the first load.
 */
export function watchApiSchemaSdl(gateway: ApolloGateway): () => string | undefined {
  let sdl: string | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    sdl = printSchema(apiSchema);
  });
  return () => sdl;
}
