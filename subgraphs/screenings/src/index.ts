import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { runAsProcess } from "@pasrr/service-kit/lifecycle";
import { startScreenings } from "./server.ts";

await runAsProcess(() => startScreenings(loadSubgraphConfig("screenings", process.env), process.env));
