import { loadGatewayConfig } from "./config/gateway-config.ts";
import { runAsProcess } from "@pasrr/platform";
import { startGateway } from "./server.ts";

await runAsProcess(() => startGateway(loadGatewayConfig(process.env)));
