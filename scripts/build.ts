/**
 * `npm run build`: each service compiled to one JavaScript file that plain `node` runs
 * (`npm run start:prod`), so production needs neither tsx nor TypeScript. The entries are
 * bundled with our workspace code and the generated Prisma clients; npm packages stay in
 * node_modules (build/node-modules-external.ts). `npm run generate` runs first (`prebuild`).
 *
 * Each bundle lives at `<service>/dist/index.js`, one folder below the service as its source
 * entry is, so `new URL("../prisma", import.meta.url)` still names the subgraph's prisma folder.
 * `npm run migrate` is compiled the same way, to `scripts/dist/migrate.js` (`npm run migrate:prod`):
 * production applies migrations as a release step, with the same plain `node`. So is the census
 * feed's dead-letter tool (`scripts/dist/census-feed-dead-letters.js list|requeue`) and the
 * individuals' key rebuild (`scripts/dist/rebuild-blocking-keys.js`), which an operator runs in
 * the image.
 */
import { build } from "esbuild";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames } from "@pasrr/config/service-names";
import { nodeModulesExternal } from "./build/node-modules-external.ts";

const entries = [
  ...[...subgraphNames.map((name) => `subgraphs/${name}`), "gateway"].map((service) => ({
    source: `${service}/src/index.ts`,
    output: `${service}/dist/index.js`,
  })),
  { source: "scripts/migrate.ts", output: "scripts/dist/migrate.js" },
  { source: "scripts/census-feed-dead-letters.ts", output: "scripts/dist/census-feed-dead-letters.js" },
  { source: "scripts/rebuild-blocking-keys.ts", output: "scripts/dist/rebuild-blocking-keys.js" },
];

async function bundle({ source, output }: { source: string; output: string }): Promise<string> {
  const started = performance.now();
  const outfile = path.join(repoRoot, output);
  const outdir = path.dirname(outfile);
  const { outputFiles } = await build({
    entryPoints: [path.join(repoRoot, source)],
    // Only index.js (and its map) is written: gateway/dist also holds the sandbox page's bundle.
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // The decorator settings tsx compiles with (experimentalDecorators, no define semantics for fields).
    tsconfig: path.join(repoRoot, "tsconfig.json"),
    // type-graphql names GraphQL types after their classes: bundling must not rename one to `Individual2`.
    keepNames: true,
    // A CommonJS package bundled in (see the plugin) may still `require` an external one.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    sourcemap: "linked",
    plugins: [nodeModulesExternal(repoRoot, outdir)],
    logLevel: "warning",
    write: false,
  });
  // Written beside and renamed over the old file: a service starting during a build (the soak
  // builds while another test may start the hub) reads the old bundle or the new, never half of one.
  await mkdir(outdir, { recursive: true });
  for (const file of outputFiles) {
    const draft = `${file.path}.${process.pid}.tmp`;
    await writeFile(draft, file.contents);
    await rename(draft, file.path);
  }
  return `${output} (${((performance.now() - started) / 1000).toFixed(1)} s)`;
}

// One after another: the machine's two cores are shared with whatever else runs.
for (const entry of entries) console.log(`built ${await bundle(entry)}`);
