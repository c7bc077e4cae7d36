import { loadSubgraphConfig, runAsProcess } from "@pasrr/platform";
import { startFacilities } from "./server.ts";

await runAsProcess(() => startFacilities(loadSubgraphConfig("facilities", process.env), process.env));
