import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { runAsProcess } from "@pasrr/service-kit/lifecycle";
import { startFacilities } from "./server.ts";

await runAsProcess(() => startFacilities(loadSubgraphConfig("facilities", process.env), process.env));
