import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { runAsProcess } from "@pasrr/service-kit/lifecycle";
import { startIndividuals } from "./server.ts";

await runAsProcess(() => startIndividuals(loadSubgraphConfig("individuals", process.env), process.env));
