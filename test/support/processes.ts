import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { repoRoot } from "@pasrr/config/repo-paths";

/** Ports the OS says are free right now (bound to 0, then released). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve) => {
          const server = net.createServer();
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

export interface ScriptRun {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the output once `pattern` appears; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

/** Runs a repository script (TypeScript through tsx) as its own process, capturing its output. */
export function runScript(script: string, env: Record<string, string>): ScriptRun {
  return runNode(["--import", "tsx", script], { ...process.env, ...env }, repoRoot);
}

/** Runs `node` with `args` in `cwd` with exactly `env` (nothing inherited), capturing its output. */
export function runNode(args: string[], env: NodeJS.ProcessEnv, cwd: string): ScriptRun {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 150_000) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(() => finish(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), timeoutMs);
        const check = () => {
          const match = output.match(pattern);
          if (match) finish(undefined, match);
        };
        const onExit = () => finish(new Error(`exited before ${pattern}; output:\n${output}`));
        const finish = (error?: Error, match?: RegExpMatchArray) => {
          clearTimeout(deadline);
          child.stdout!.off("data", check);
          child.stderr!.off("data", check);
          child.off("exit", onExit);
          if (error) reject(error);
          else resolve(match!);
        };
        child.stdout!.on("data", check);
        child.stderr!.on("data", check);
        child.once("exit", onExit);
        check();
      }),
  };
}
