/**
 * The image's HEALTHCHECK (Dockerfile): asks the hub service this container runs for `/ready` and
 * exits 0 when it answers 200, 1 otherwise. Which service that is comes from the container's own
 * command line, `node <entry>` (compose.yaml starts each service so), and its port from that
 * service's port variable or default — so one image checks whichever service it was started as.
 * Plain JavaScript: the image holds no TypeScript. `node healthcheck.mjs <pid>` checks another
 * process than the container's first (test/deploy/healthcheck.test.ts).
 */
import { readFileSync } from "node:fs";
import { gateway, localUrl, subgraphs } from "../../scripts/start-prod/services.mjs";

const pid = process.argv[2] ?? "1";
const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
const service = [...subgraphs, gateway].find(({ entry }) => commandLine.some((arg) => arg === entry || arg.endsWith(`/${entry}`)));
if (!service) {
  console.error(`process ${pid} runs no hub service: ${commandLine.join(" ")}`);
  process.exit(1);
}

const url = localUrl(process.env.HOST, process.env[service.portVariable] || String(service.defaultPort), "/ready");
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4_000) });
  if (!response.ok) {
    console.error(`${service.name}: ${url} answered ${response.status}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`${service.name}: ${url} did not answer (${error.message})`);
  process.exit(1);
}
