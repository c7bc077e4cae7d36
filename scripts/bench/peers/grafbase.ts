import { access, constants, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse, print, visit } from "graphql";
import { repoRoot } from "@pasrr/config/repo-paths";
import { serviceCredentialHeader } from "@pasrr/auth/service-credential";
import type { SubgraphName } from "@pasrr/config/service-names";
import { subgraphSdls } from "../../../schema/supergraph.ts";
import { startCommand, type ServiceProcess } from "../hub.ts";

/**
 * The ceiling peer for row 1: Grafbase's Rust gateway, as `grafbase dev` of the Grafbase CLI
 * (@grafbase/cli-x86_64-unknown-linux-musl, a static binary shipped inside the npm package, no
 * install script: it is run from node_modules directly). `grafbase dev` composes the graph itself,
 * offline, from the same four subgraph SDLs that compose schema/supergraph.graphql (it takes
 * subgraphs, not a supergraph file), and sends to the same subgraph URLs, forwarding the partner's
 * token and the service credential it is given, as the Hive peers do.
 *
 * Descriptions are left out of the SDLs it reads: its parser (cynic-parser, in 0.103.0) panics
 * ("capacity overflow" in trim_block_string_whitespace) on some of our block-string descriptions,
 * and descriptions change no answer.
 */
export const grafbaseBinary = path.join(repoRoot, "node_modules/@grafbase/cli-x86_64-unknown-linux-musl/grafbase");

/** Why the binary cannot run here, or undefined when it can (a static x86-64 Linux build). */
export async function grafbaseUnavailable(): Promise<string | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64")
    return `the Grafbase CLI package is built for x86-64 Linux, not ${process.platform}/${process.arch}`;
  return access(grafbaseBinary, constants.X_OK).then(
    () => undefined,
    () => `${path.relative(repoRoot, grafbaseBinary)} is missing or not executable (npm ci installs it)`,
  );
}

const withoutDescriptions = (sdl: string) =>
  print(visit(parse(sdl), { enter: (node) => ("description" in node && node.description ? { ...node, description: undefined } : undefined) }));

/** Writes the subgraph SDLs and grafbase.toml into `dir` and starts `grafbase dev` on `port`. */
export async function startGrafbase(dir: string, port: number, subgraphUrls: Record<SubgraphName, string>): Promise<ServiceProcess> {
  await mkdir(path.join(dir, "home"), { recursive: true });
  const toml: string[] = [];
  for (const { name, sdl } of await subgraphSdls()) {
    await writeFile(path.join(dir, `${name}.graphql`), withoutDescriptions(sdl));
    toml.push(`[subgraphs.${name}]`, `url = "${subgraphUrls[name]}"`, `schema_path = "${name}.graphql"`, "");
  }
  for (const header of ["authorization", serviceCredentialHeader]) toml.push("[[headers]]", 'rule = "forward"', `name = "${header}"`, "");
  const config = path.join(dir, "grafbase.toml");
  await writeFile(config, toml.join("\n"));
  return startCommand(
    "Grafbase",
    grafbaseBinary,
    ["--home", path.join(dir, "home"), "dev", "--config", config, "--port", String(port)],
    {},
    `http://127.0.0.1:${port}/graphql`,
    {
      pollMs: 200,
      readyInit: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) },
    },
  );
}
