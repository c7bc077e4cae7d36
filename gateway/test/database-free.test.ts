import { build, type Plugin } from "esbuild";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";

/** Every npm package is left external, so the graph holds our own modules and names the packages they import. */
const ourCodeOnly: Plugin = {
  name: "our-code-only",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@pasrr/") ? undefined : { path: args.path, external: true }));
  },
};

/**
 * The gateway holds no data: it must not load the database layer (issue 18). Its whole import
 * graph, from the process entry, is walked the way the build bundles it.
 */
describe("the gateway's import graph", () => {
  it("holds nothing of the database layer: no @pasrr/db, no subgraph kit, no Prisma, PGlite or pg", async () => {
    const result = await build({
      entryPoints: [path.join(repoRoot, "gateway/src/index.ts")],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "node",
      tsconfig: path.join(repoRoot, "tsconfig.json"),
      plugins: [ourCodeOnly],
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    const packages = new Set(
      Object.values(result.metafile.inputs).flatMap((input) =>
        input.imports.filter((i) => i.external).map((i) => i.path.replace(/^(@[^/]+\/[^/]+|[^@/][^/]*).*$/, "$1")),
      ),
    );
    // The walk did reach the gateway and the packages it shares with the subgraphs.
    expect(inputs.some((file) => file.startsWith("gateway/src/server.ts"))).toBe(true);
    expect(inputs.some((file) => file.startsWith("packages/service-kit/"))).toBe(true);
    expect(inputs.filter((file) => file.startsWith("packages/db/") || file.startsWith("packages/subgraph-kit/") || file.startsWith("subgraphs/"))).toEqual([]);
    expect([...packages].filter((name) => /^(@prisma\/|prisma$|pg$|@electric-sql\/|pglite-prisma-adapter$)/.test(name))).toEqual([]);
  });
});
