/**
 * The peer gateway for row 1: The Guild's Hive Gateway runtime serving a static supergraph
 * file, one process (like ours), forwarding the partner's token to the subgraphs (which verify
 * it, as behind our gateway) and the service credential the bench gives it (ours signs its own;
 * a peer has no service key, so the bench hands it one with every request). `router-runtime` as
 * the third argument swaps in Hive's Rust query planner (@graphql-hive/router-runtime).
 * Usage: hive-gateway.ts <supergraph> <port> [planner]
 */
import { createServer } from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway";
import { serviceCredentialHeader } from "@pasrr/auth/service-credential";

const [supergraph, port, planner] = process.argv.slice(2) as [string, string, string | undefined];
const runtime = createGatewayRuntime({
  supergraph,
  logging: "error",
  landingPage: false,
  graphiql: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) =>
      Object.fromEntries(["authorization", serviceCredentialHeader].flatMap((name) => (request.headers.has(name) ? [[name, request.headers.get(name)!]] : []))),
  },
  ...(planner === "router-runtime" ? { unifiedGraphHandler: (await import("@graphql-hive/router-runtime")).unifiedGraphHandler } : {}),
});
const server = createServer(runtime);
server.listen(Number(port), "127.0.0.1");
process.once("SIGTERM", () => {
  server.close();
  void Promise.resolve(runtime.dispose()).finally(() => process.exit(0));
});
