/**
 * The peer gateway for row 1: The Guild's Hive Gateway runtime serving a static supergraph
 * file, one process (like ours), forwarding the partner's token to the subgraphs (which verify
 * it, as behind our gateway). `router-runtime` as the third argument swaps in Hive's Rust query
 * planner (@graphql-hive/router-runtime). Usage: hive-gateway.ts <supergraph> <port> [planner]
 */
import { createServer } from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway";

const [supergraph, port, planner] = process.argv.slice(2) as [string, string, string | undefined];
const runtime = createGatewayRuntime({
  supergraph,
  logging: "error",
  landingPage: false,
  graphiql: false,
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") }) },
  ...(planner === "router-runtime" ? { unifiedGraphHandler: (await import("@graphql-hive/router-runtime")).unifiedGraphHandler } : {}),
});
const server = createServer(runtime);
server.listen(Number(port), "127.0.0.1");
process.once("SIGTERM", () => {
  server.close();
  void Promise.resolve(runtime.dispose()).finally(() => process.exit(0));
});
