/**
 * Bundles the gateway's self-hosted sandbox page (GraphiQL and React from npm, with the partner
 * picker) into gateway/dist/sandbox, so a development gateway serves it with no CDN and no
 * network. Run by `npm run generate` (before `npm start` and `npm test`); skipped when the
 * bundle is newer than every source it is built from.
 */
import { build } from "esbuild";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { sandboxBuildDir, sandboxEntry } from "../gateway/src/sandbox/sandbox-paths.ts";

async function newestSource(): Promise<number> {
  // The page's own folder, and the modules it shares with the gateway (sandbox-ui/tsconfig.json names them).
  const shared = ["example-chaining.ts", "sandbox-protocol.ts"].map((name) => path.join(repoRoot, "gateway", "src", "sandbox", name));
  const sources = [path.join(repoRoot, "package-lock.json"), ...shared];
  const uiDir = path.dirname(sandboxEntry);
  for (const name of await readdir(uiDir)) sources.push(path.join(uiDir, name));
  const times = await Promise.all(sources.map((file) => stat(file).then((s) => s.mtimeMs)));
  return Math.max(...times);
}

const bundle = path.join(sandboxBuildDir, "main.js");
const builtAt = await stat(bundle).then(
  (s) => s.mtimeMs,
  () => 0,
);
if (builtAt > (await newestSource())) {
  console.log("sandbox: up to date");
} else {
  await build({
    entryPoints: [sandboxEntry],
    bundle: true,
    outdir: sandboxBuildDir,
    entryNames: "main",
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
    // Fonts and icons the stylesheet names are served from the same folder, never fetched elsewhere.
    loader: { ".woff2": "file", ".woff": "file", ".ttf": "file", ".svg": "dataurl", ".png": "dataurl" },
    assetNames: "[name]-[hash]",
    logLevel: "warning",
  });
  console.log(`sandbox: bundled into ${path.relative(repoRoot, sandboxBuildDir)}`);
}
