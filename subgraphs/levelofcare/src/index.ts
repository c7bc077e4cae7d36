import { loadSubgraphConfig, runAsProcess } from "@pasrr/platform";
import { startLevelOfCare } from "./server.ts";

await runAsProcess(() => startLevelOfCare(loadSubgraphConfig("levelofcare", process.env), process.env));
