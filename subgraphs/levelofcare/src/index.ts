import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { runAsProcess } from "@pasrr/service-kit/lifecycle";
import { startLevelOfCare } from "./server.ts";

await runAsProcess(() => startLevelOfCare(loadSubgraphConfig("levelofcare", process.env), process.env));
