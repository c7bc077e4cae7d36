import { existsSync, readFileSync, realpathSync } from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import type { Plugin } from "esbuild";

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The folder Node's lookup (`node_modules` in each ancestor) finds a package in, from `dir`. */
function findPackageDir(name: string, dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    const candidate = path.join(at, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    if (path.dirname(at) === at) return undefined;
  }
}

/** The `package.json` of the workspace a source file belongs to (the nearest one above it). */
function workspaceManifest(file: string): { file: string; dependencies: Record<string, string> } {
  for (let at = path.dirname(file); ; at = path.dirname(at)) {
    const manifest = path.join(at, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { dependencies?: Record<string, string> };
      return { file: manifest, dependencies: parsed.dependencies ?? {} };
    }
    if (path.dirname(at) === at) throw new Error(`no package.json above ${file}`);
  }
}

/**
 * Bundles our own code (`@pasrr/*`, the generated Prisma clients) and leaves every npm package
 * to be imported from node_modules at run time, as `packages: "external"` would — with two
 * differences that keep the bundle loading exactly what the TypeScript source loads:
 *
 * - A package our source finds in a nested folder (packages/platform/node_modules holds newer
 *   OpenTelemetry packages than the root) is bundled: imported from `<service>/dist`, Node would
 *   find the root's other version, or none once dev dependencies are omitted.
 * - An external package must be a `dependencies` entry of the workspace importing it and not
 *   dev-only in the lockfile, so `npm ci --omit=dev` keeps everything a bundle imports. A
 *   phantom or dev-only import fails the build instead of the production start.
 */
export function nodeModulesExternal(repoRoot: string, outdir: string): Plugin {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
  return {
    name: "node-modules-external",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path)) return { external: true };
        if (args.path.startsWith("@pasrr/")) return undefined;
        const name = packageName(args.path);
        const fromImporter = findPackageDir(name, args.resolveDir);
        if (fromImporter === undefined) return undefined; // esbuild reports the unresolved import
        if (fromImporter !== findPackageDir(name, outdir)) return undefined; // a nested version: bundled
        if (lock.packages[path.relative(repoRoot, fromImporter).split(path.sep).join("/")]?.dev) {
          return { errors: [{ text: `${name} is a dev-only package: npm ci --omit=dev leaves it out` }] };
        }
        if (!args.importer.split(path.sep).includes("node_modules")) {
          const manifest = workspaceManifest(args.importer);
          if (!(name in manifest.dependencies))
            return { errors: [{ text: `${name} is not in the dependencies of ${path.relative(repoRoot, manifest.file)}` }] };
        }
        return { external: true };
      });
    },
  };
}
