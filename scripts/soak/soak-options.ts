import { parseArgs } from "node:util";
import type { Runtime } from "./hub-processes.ts";

export interface SoakOptions {
  seconds: number;
  clients: number;
  replicas: number;
  /** SIGKILL one replica of every service at 40 % of the run and start it again at 70 %. */
  kill: boolean;
  runtime: Runtime;
}

/**
 * `npm run soak -- [--seconds 60] [--clients 8] [--replicas 2] [--kill] [--runtime compiled|tsx]`,
 * or SOAK_SECONDS, SOAK_CLIENTS, SOAK_REPLICAS, SOAK_KILL=true, SOAK_RUNTIME.
 */
export function readSoakOptions(args: string[], env: NodeJS.ProcessEnv): SoakOptions {
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: "string", default: env.SOAK_SECONDS ?? "60" },
      clients: { type: "string", default: env.SOAK_CLIENTS ?? "8" },
      replicas: { type: "string", default: env.SOAK_REPLICAS ?? "1" },
      kill: { type: "boolean", default: env.SOAK_KILL === "true" },
      runtime: { type: "string", default: env.SOAK_RUNTIME ?? "compiled" },
    },
  });
  const options = {
    seconds: Number(values.seconds),
    clients: Number(values.clients),
    replicas: Number(values.replicas),
    kill: values.kill,
    runtime: values.runtime as Runtime,
  };
  if (!(options.seconds > 0 && options.clients > 0)) throw new Error("--seconds and --clients must be positive numbers");
  if (!(Number.isInteger(options.replicas) && options.replicas >= 1)) throw new Error("--replicas must be a whole number, 1 or more");
  if (options.kill && options.replicas < 2) throw new Error("--kill needs --replicas 2 or more: a killed replica's work goes to another");
  if (options.runtime !== "compiled" && options.runtime !== "tsx") throw new Error("--runtime is compiled or tsx");
  return options;
}
