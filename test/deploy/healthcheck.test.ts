import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";
import { freePorts } from "../support/processes.ts";
import { launcher } from "./support/deploy-files.ts";

/**
 * A stand-in for a hub service in a container: a process whose command line names the service's
 * entry, as `node subgraphs/individuals/dist/index.js` does, answering `/ready` with `status`.
 */
async function standIn(entry: string, portVariable: string, port: number, status: number): Promise<ChildProcess> {
  const server = `require("node:http").createServer((q, s) => { s.statusCode = q.url === "/ready" ? ${status} : 404; s.end(); })
    .listen(Number(process.env.${portVariable}), "127.0.0.1", () => console.log("listening"));`;
  const child = spawn(process.execPath, ["-e", server, entry], { env: { [portVariable]: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
  await once(child.stdout!, "data");
  return child;
}

/** `node deploy/docker/healthcheck.mjs <pid>` as the image runs it (there with pid 1), in that container's environment. */
function healthcheck(pid: number, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, "deploy/docker/healthcheck.mjs"), String(pid)], { env }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
}

describe("the image's healthcheck (deploy/docker/healthcheck.mjs)", () => {
  let child: ChildProcess | undefined;
  afterEach(() => void child?.kill());

  it("passes when the service the container runs answers /ready on its own port variable", async () => {
    const [port] = await freePorts(1);
    const individuals = launcher.subgraphs[0]!;
    child = await standIn(individuals.entry, individuals.portVariable, port!, 200);
    expect(await healthcheck(child.pid!, { HOST: "0.0.0.0", [individuals.portVariable]: String(port) })).toEqual({ code: 0, stderr: "" });
  });

  it("fails while the service is not ready (503), naming the service and what it answered", async () => {
    const [port] = await freePorts(1);
    child = await standIn(launcher.gateway.entry, launcher.gateway.portVariable, port!, 503);
    const result = await healthcheck(child.pid!, { HOST: "0.0.0.0", GATEWAY_PORT: String(port) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^gateway: http:\/\/127\.0\.0\.1:\d+\/ready answered 503/);
  });

  it("fails when nothing answers on the service's port", async () => {
    const [port, silent] = await freePorts(2);
    const facilities = launcher.subgraphs.at(-1)!;
    child = await standIn(facilities.entry, facilities.portVariable, port!, 200);
    const result = await healthcheck(child.pid!, { [facilities.portVariable]: String(silent) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^facilities: .* did not answer/);
  });

  it("fails for a container that runs no hub service", async () => {
    const result = await healthcheck(process.pid, {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/runs no hub service/);
  });
});
