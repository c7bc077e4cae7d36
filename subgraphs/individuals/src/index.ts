import { loadSubgraphConfig, runAsProcess } from "@pasrr/platform";
import { startIndividuals } from "./server.ts";

await runAsProcess(() => startIndividuals(loadSubgraphConfig("individuals", process.env), process.env));
