import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";
import { envPrefix, subgraphNames } from "@pasrr/config/service-names";
import { supergraphFile } from "./schema-files.ts";

const run = promisify(execFile);

/** Every variable any hub process reads, as written in its configuration files. */
async function hubVariables(): Promise<string[]> {
  const { stdout } = await run("git", ["grep", "-hoE", String.raw`readVar\(env, "[A-Z_]+"`, "--", "*.ts"], { cwd: repoRoot });
  return [
    ...new Set(
      stdout
        .split("\n")
        .map((line) => /"([A-Z_]+)"/.exec(line)?.[1])
        .filter((name): name is string => Boolean(name)),
    ),
  ];
}

/** Composes the supergraph in a fresh process that has only `env`. */
async function composeWith(env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(repoRoot, "schema/print-supergraph.ts")], {
    cwd: repoRoot,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/**
 * Building a subgraph's schema is code alone (issue 18): no configuration is read and nothing is
 * opened when a module is imported, so composition, the build and a schema check run anywhere.
 */
describe("building every subgraph's schema", () => {
  it("needs no environment at all, and gives the checked-in supergraph", async () => {
    expect(await composeWith({ PATH: process.env.PATH ?? "" })).toBe(await readFile(supergraphFile, "utf8"));
  });

  it("reads none of the hub's settings: every one of them set to nonsense changes nothing", async () => {
    const perService = subgraphNames.flatMap((name) => ["DATABASE_URL", "DATA_DIR", "PORT", "URL"].map((suffix) => `${envPrefix(name)}_${suffix}`));
    const variables = [...(await hubVariables()), ...perService];
    expect(variables).toEqual(expect.arrayContaining(["NODE_ENV", "PASRR_POLICY_STATE", "HUB_TODAY", "AUTH_JWKS_FILE"]));
    const hostile = Object.fromEntries(variables.map((name) => [name, "not a valid value"]));
    expect(await composeWith({ PATH: process.env.PATH ?? "", ...hostile })).toBe(await readFile(supergraphFile, "utf8"));
  });
});
