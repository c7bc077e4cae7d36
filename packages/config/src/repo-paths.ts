import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { z } from "zod";
import { readVar, type Env } from "./env.ts";

/**
 * The repository root: the nearest folder above this module whose package.json is the hub's.
 * Found by walking up rather than by a fixed `../../../..`, because this module also runs
 * bundled into `gateway/dist/index.js` and `subgraphs/<name>/dist/index.js` (`npm run build`).
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "pasrr-hub") return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json named pasrr-hub above ${from}`);
  }
}

export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Where embedded databases and the dev signing key live unless configured (git-ignored). */
export const defaultDataDir = path.join(repoRoot, ".data");

/** `HUB_DATA_DIR` (default `.data`), as an absolute path: read by every service and by `npm run migrate`. */
export const readHubDataDir = (env: Env): string => path.resolve(readVar(env, "HUB_DATA_DIR", z.string().default(defaultDataDir)));
