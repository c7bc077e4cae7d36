import { loadGatewayConfig } from "./config/gateway-config.ts";
import { runAsProcess } from "@pasrr/service-kit/lifecycle";
import { startGateway } from "./server.ts";

await runAsProcess(() => startGateway(loadGatewayConfig(process.env)));
