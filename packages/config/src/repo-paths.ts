import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root, found from this file's place in `packages/config/src`. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Where embedded databases and the dev signing key live unless configured (git-ignored). */
export const defaultDataDir = path.join(repoRoot, ".data");
