import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { envPrefix, subgraphNames } from "@pasrr/config/service-names";

/**
 * The environment variables the services' code reads, found in the code itself: every
 * `readVar(env, "NAME", …)` and `env.NAME` / `env["NAME"]` in the sources the bundles are built
 * from. A name built from a template (`${prefix}_DATABASE_URL`) becomes a pattern whose prefix is
 * a service's (`INDIVIDUALS`, …, `GATEWAY`) or one a limits loader is given (`SUBGRAPH`).
 */
export interface KnownVariables {
  names: Set<string>;
  patterns: RegExp[];
  has(name: string): boolean;
}

const sourceRoots = ["packages", "subgraphs", "gateway"];
const reads = [
  /readVar\(\s*env,\s*(["'`])(.+?)\1/g,
  /\benv\[(["'`])(.+?)\1\]/g,
  /\benv\.()([A-Z][A-Z0-9_]+)\b/g,
  // A service's own variable named once and read through a constant: `${prefix}_DATABASE_URL`.
  /(`)(\$\{[^}]+\}_[A-Z][A-Z0-9_]*)`/g,
];

async function sourceFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const root of sourceRoots) {
    for (const entry of await readdir(path.join(repoRoot, root), { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      const inSource = file.split(path.sep).includes("src") && !file.includes(`${path.sep}generated${path.sep}`);
      if (entry.isFile() && inSource && file.endsWith(".ts") && !file.includes(`${path.sep}node_modules${path.sep}`)) files.push(file);
    }
  }
  return files;
}

function patternOf(template: string, prefixes: string[]): RegExp {
  const escaped = template
    .split(/\$\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(`(?:${prefixes.join("|")})`);
  return new RegExp(`^${escaped}$`);
}

export async function variablesTheCodeReads(): Promise<KnownVariables> {
  const names = new Set<string>();
  const templates = new Set<string>();
  const prefixes = [...subgraphNames.map(envPrefix), envPrefix("gateway")];
  for (const file of await sourceFiles()) {
    const text = await readFile(file, "utf8");
    for (const [, prefix] of text.matchAll(/loadOperationLimits\(env, "([A-Z]+)"/g)) prefixes.push(prefix!);
    for (const read of reads) {
      for (const match of text.matchAll(read)) {
        if (match[2]!.includes("${")) templates.add(match[2]!);
        else names.add(match[2]!);
      }
    }
  }
  const patterns = [...templates].map((template) => patternOf(template, prefixes));
  return { names, patterns, has: (name) => names.has(name) || patterns.some((pattern) => pattern.test(name)) };
}
