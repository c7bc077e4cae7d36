import { loadSubgraphConfig, runAsProcess } from "@pasrr/platform";
import { startScreenings } from "./server.ts";

await runAsProcess(() => startScreenings(loadSubgraphConfig("screenings", process.env), process.env));
