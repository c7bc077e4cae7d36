/**
 * `npm run start:prod`: the compiled hub (`npm run build`) under plain `node` — no tsx, no
 * TypeScript, production dependencies only. Plain JavaScript for that reason. The four
 * subgraphs start, then the gateway, each as its own process with this environment; the
 * gateway's URL is printed once every process answers /ready; SIGINT or SIGTERM stops them all.
 *
 * Configuration comes only from the environment, as each service reads it (README,
 * "Production configuration"); `NODE_ENV` is `production` unless set. A service that refuses
 * its configuration prints one line and exits 2, and so does this launcher.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gateway, localUrl as serviceUrl, subgraphs } from "./start-prod/services.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || "production" };

/** Where this machine reaches a service listening on HOST. */
const localUrl = (port, pathname) => serviceUrl(env.HOST, port, pathname);

const children = [];
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  // Each service finishes its requests in flight and closes its database on SIGTERM.
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", resolve);
          child.kill("SIGTERM");
        }),
    ),
  );
  process.exit(code);
}

/** Starts one compiled service and resolves once it answers /ready (rejects if it exits first). */
function start(service) {
  const port = env[service.portVariable] || String(service.defaultPort);
  // The IPC channel lets a service stop itself when this launcher dies without signalling it.
  const child = spawn(process.execPath, [path.join(root, service.entry)], { cwd: root, env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push({ name: service.name, port, child });
  // A service that dies later takes the hub down, so the supervisor above restarts it whole.
  child.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`${service.name} exited (${signal ?? `code ${code}`}); stopping the hub`);
    void stopAll(code === 2 ? 2 : 1);
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      if (stopping || child.exitCode !== null) return;
      const ready = await fetch(localUrl(port, "/ready"), { signal: AbortSignal.timeout(5_000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return resolve();
      if (Date.now() > deadline) return reject(new Error(`${service.name} did not become ready within 120 s`));
      setTimeout(poll, 100);
    };
    void poll();
  });
}

const missing = [...subgraphs, gateway].filter((service) => !existsSync(path.join(root, service.entry)));
if (missing.length > 0) {
  console.error(`not built: ${missing.map((service) => service.entry).join(", ")} (run npm run build first)`);
  process.exit(2);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  await Promise.all(subgraphs.map(start));
  await start(gateway);
} catch (error) {
  console.error(`start-up failed: ${error.message}`);
  await stopAll(1);
}

console.log(`
PASRR hub is running (${env.NODE_ENV}, compiled).
  Gateway:   ${localUrl(children.at(-1).port, "/graphql")}
  Processes: ${children.map(({ name, port, child }) => `${name} :${port} pid ${child.pid}`).join(", ")}
Send SIGINT or SIGTERM to stop.
`);
