import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError } from "@pasrr/config/config-error";
import { reportStartPhase, reportStartPhasesTo } from "./start-phase.ts";

/** Listens and returns the bound port; a taken port is a one-line ConfigError naming its variable. */
export function listen(server: Server, host: string, port: number, portVariable: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") reject(new ConfigError(portVariable, `port ${port} on ${host} is already in use`));
      else if (error.code === "EACCES") reject(new ConfigError(portVariable, `port ${port} on ${host} needs privileges this process lacks`));
      else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") reject(new ConfigError("HOST", `${host} is not an address of this machine`));
      else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/**
 * Stops accepting connections, lets requests in flight finish, and closes keep-alive sockets
 * as soon as they fall idle (a socket busy when shutdown starts is idle a moment later);
 * whatever is still open after `graceMs` is cut so shutdown stays bounded.
 */
export function closeGracefully(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    sweep.unref();
    deadline.unref();
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Runs a service as its own process: SIGINT (Ctrl-C) and SIGTERM stop it cleanly, a
 * ConfigError at start-up prints its one line and exits 2, anything else exits 1.
 */
export async function runAsProcess(start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  let service: { stop(): Promise<void> };
  // Started by `npm start` with an IPC channel: it prints each phase as this process reaches it.
  const parent = process.send?.bind(process);
  if (parent) reportStartPhasesTo((message) => process.connected && parent(message));
  reportStartPhase("starting");
  try {
    service = await start();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await service.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  // Started by `npm start` with an IPC channel: when that parent dies, however it dies, stop too.
  if (process.send) process.on("disconnect", () => void stop());
}

/** A started service (the gateway or a subgraph), for whoever owns the process or the test. */
export interface RunningService {
  name: string;
  port: number;
  url: string;
  stop(): Promise<void>;
}
