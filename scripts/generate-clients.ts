/**
 * Generates each subgraph's Prisma client offline (prisma-offline.md): `prisma generate` never
 * runs the native schema engine, but the CLI tries to download it unless
 * PRISMA_SCHEMA_ENGINE_BINARY names an existing file, so it is pointed at this script.
 * A client whose schema has not changed since its last generation is left as it is.
 */
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames } from "@pasrr/config/service-names";

const run = promisify(execFile);
const prismaCli = fileURLToPath(import.meta.resolve("prisma/build/index.js"));

async function generate(subgraph: string): Promise<string> {
  const schemaFile = path.join(repoRoot, "subgraphs", subgraph, "prisma", "schema.prisma");
  const stampFile = path.join(repoRoot, "subgraphs", subgraph, "src", "generated", "schema.sha256");
  const hash = createHash("sha256")
    .update(await readFile(schemaFile))
    .update(prismaCli)
    .digest("hex");
  if ((await readFile(stampFile, "utf8").catch(() => "")) === hash) return `${subgraph}: up to date`;
  await run(process.execPath, [prismaCli, "generate", "--schema", schemaFile], {
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
  await writeFile(stampFile, hash);
  return `${subgraph}: generated`;
}

for (const line of await Promise.all(subgraphNames.map(generate))) console.log(`prisma client ${line}`);
