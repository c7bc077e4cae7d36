import { defaultPorts, envPrefix, subgraphNames } from "@pasrr/config/service-names";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { repoRoot } from "@pasrr/config/repo-paths";
import type { Env } from "@pasrr/config/env";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personAcrossTheGraph } from "../federation.shared.ts";
import { graphql } from "../support/graphql.ts";
import { createScratchDatabases } from "../support/postgres.ts";
import { productionKeys } from "../support/production-keys.ts";
import { freePorts, runNode } from "../support/processes.ts";

const run = promisify(execFile);
const builtFolders = [...subgraphNames.map((name) => `subgraphs/${name}/dist`), "gateway/dist", "scripts/dist", "ui/dist"];

/** The repository as a checkout has it (no node_modules, no generated clients), plus the built dist/ folders. */
async function copyCheckoutWithBuild(target: string) {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  const files = stdout.split("\0").filter((file) => file !== "" && existsSync(path.join(repoRoot, file)));
  for (const file of files) {
    await mkdir(path.dirname(path.join(target, file)), { recursive: true });
    await cp(path.join(repoRoot, file), path.join(target, file));
  }
  for (const folder of builtFolders) await cp(path.join(repoRoot, folder), path.join(target, folder), { recursive: true });
}

/**
 * Issue 18, "a real build": the services built once here (`npm run build`), then a copy of the
 * repository with only what `npm ci --omit=dev --omit=optional` installs (offline, from the npm
 * cache the checkout's own install warmed) runs `npm run start:prod` in production mode on
 * PostgreSQL and answers through the gateway — no tsx, no TypeScript, no vitest anywhere.
 * Issue 19: production only checks its databases at start, so the release migrates first
 * (`npm run migrate:prod`, compiled like the services) and a start before that is refused.
 */
describe("npm run start:prod", () => {
  let copy: string;
  let databases: Awaited<ReturnType<typeof createScratchDatabases>> | undefined;
  let env: Env;

  beforeAll(async () => {
    await run("npm", ["run", "build"], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    copy = await mkdtemp(path.join(tmpdir(), "pasrr-start-prod-"));
    await copyCheckoutWithBuild(copy);
    await run("npm", ["ci", "--omit=dev", "--omit=optional", "--offline", "--no-audit", "--no-fund"], { cwd: copy, maxBuffer: 16 * 1024 * 1024 });
    databases = await createScratchDatabases(subgraphNames);
    const [gatewayPort, ...subgraphPorts] = await freePorts(subgraphNames.length + 1);
    // Everything the hub gets, and nothing inherited from this test process but PATH.
    env = { PATH: process.env.PATH, ...(await productionKeys()), HOST: "127.0.0.1", LOG_LEVEL: "warn", GATEWAY_PORT: String(gatewayPort) };
    subgraphNames.forEach((name, index) => {
      env[`${envPrefix(name)}_PORT`] = String(subgraphPorts[index]);
      env[`${envPrefix(name)}_DATABASE_URL`] = databases!.urls[name];
    });
  }, 600_000);

  afterAll(async () => {
    await databases?.drop();
    if (copy) await rm(copy, { recursive: true, force: true });
    if (env?.AUTH_DEV_KEY_FILE) await rm(path.dirname(env.AUTH_DEV_KEY_FILE), { recursive: true, force: true });
  });

  it("installs no development tooling", () => {
    for (const tool of ["tsx", "typescript", "vitest", "esbuild"]) expect(existsSync(path.join(copy, "node_modules", tool)), tool).toBe(false);
  });

  it("the launcher looks for each service on that service's own port variable and default", async () => {
    const launcher = (await import(pathToFileURL(path.join(repoRoot, "scripts/start-prod/services.mjs")).href)) as {
      subgraphs: { name: string; portVariable: string; defaultPort: number }[];
      gateway: { portVariable: string; defaultPort: number };
    };
    expect(launcher.subgraphs.map(({ name, portVariable, defaultPort }) => [name, portVariable, defaultPort])).toEqual(
      subgraphNames.map((name) => [name, `${envPrefix(name)}_PORT`, defaultPorts[name]]),
    );
    expect([launcher.gateway.portVariable, launcher.gateway.defaultPort]).toEqual(["GATEWAY_PORT", defaultPorts.gateway]);
  });

  // The three steps below build on the same databases, so they run in order: a release as a state runs it.
  it("refuses to start on databases that lack migrations, naming the database and the migrations, exit 2", async () => {
    const hub = runNode(["scripts/start-prod.mjs"], env, copy);
    expect(await hub.exited).toBe(2);
    expect(hub.output()).toMatch(/configuration error: [A-Z]+_DATABASE_URL: the database lacks \d+ migration\(s\): \d{14}_init, .*Run npm run migrate/);
  }, 240_000);

  it("npm run migrate:prod (the compiled migrate command) applies each subgraph's migrations once, and nothing the second time", async () => {
    const first = await run("npm", ["run", "-s", "migrate:prod"], { cwd: copy, env });
    for (const name of subgraphNames)
      expect(first.stdout).toMatch(new RegExp(`^${name} \\(PostgreSQL from ${envPrefix(name)}_DATABASE_URL\\): applied \\d{14}_init, `, "m"));
    const second = await run("npm", ["run", "-s", "migrate:prod"], { cwd: copy, env });
    expect(second.stdout.trim().split("\n")).toEqual(
      subgraphNames.map((name) => `${name} (PostgreSQL from ${envPrefix(name)}_DATABASE_URL): nothing to apply`),
    );
  }, 240_000);

  it("serves a query through the gateway from the compiled services, and SIGTERM stops every process", async () => {
    // Ready means the bundles found the checkout from dist/: each subgraph found its database
    // current against its prisma/ folder, the gateway read the supergraph and the payment system's safelist.
    const hub = runNode(["scripts/start-prod.mjs"], env, copy);
    const [, url, processes] = await hub.waitFor(/Gateway: +(\S+)\s+Processes: +(.+)/, 180_000);
    const pids = [...processes!.matchAll(/pid (\d+)/g)].map((match) => Number(match[1]));
    expect(pids).toHaveLength(subgraphNames.length + 1);

    // Minted as the identity provider would: signed with the key whose public half is AUTH_JWKS_FILE.
    const token = await mintDevToken(loadCommonConfig(env).auth, { organisationId: "production-state-agency", role: "STATE_MEDICAID_AGENCY" });
    const registered = await graphql(
      url!,
      `mutation { registerIndividual(input: { givenName: "Ines", familyName: "Abernathy-Cole", birthDate: "1941-03-02", county: "Franklin", state: "OH" }) { individual { id } } }`,
      { token },
    );
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerIndividual.individual.id as string;
    const across = await graphql(url!, personAcrossTheGraph, { token, variables: { id } });
    expect(across.errors).toBeUndefined();
    expect(across.data!.individual).toMatchObject({ id, familyName: "Abernathy-Cole", levelOneScreens: [], levelOfCareDeterminations: [], stays: [] });

    hub.child.kill("SIGTERM");
    expect(await hub.exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0), `process ${pid} still running`).toThrow();
  }, 240_000);
});
