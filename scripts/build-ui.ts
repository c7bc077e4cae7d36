/**
 * Builds the internal UI (issue 23): types its operations against the API schema (ui/codegen.ts),
 * then bundles it with Vite into ui/dist, which the development gateway serves at /ui/ and a
 * production web server serves as static files. Run by `npm run generate` (before `npm start`
 * and `npm test`); skipped when the build is newer than everything it is built from.
 */
import { build } from "vite";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { generateUiDocuments, generatedDir, uiDir } from "../ui/codegen.ts";

async function newestIn(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (file === generatedDir) continue;
    newest = Math.max(newest, entry.isDirectory() ? await newestIn(file) : (await stat(file)).mtimeMs);
  }
  return newest;
}

const sources = [
  path.join(repoRoot, "package-lock.json"),
  path.join(repoRoot, "schema", "supergraph.graphql"),
  path.join(uiDir, "index.html"),
  path.join(uiDir, "vite.config.ts"),
  path.join(uiDir, "codegen.ts"),
];
const newestSource = Math.max(await newestIn(path.join(uiDir, "src")), ...(await Promise.all(sources.map((file) => stat(file).then((s) => s.mtimeMs)))));
const builtAt = await stat(path.join(uiDir, "dist", "index.html")).then(
  (s) => s.mtimeMs,
  () => 0,
);
if (builtAt > newestSource) {
  console.log("ui: up to date");
} else {
  await generateUiDocuments();
  await build({ configFile: path.join(uiDir, "vite.config.ts"), mode: "production" });
  console.log(`ui: built into ${path.relative(repoRoot, path.join(uiDir, "dist"))}`);
}
