import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import SlowFilesFirstSequencer from "./test/support/slow-files-first.sequencer.ts";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (`main`) and ESM (`module`) builds with no `exports` map. Node
    // loads the CommonJS one for every importer, Vite would give our sources the ESM one, and
    // two copies of graphql break `instanceof` checks; so our sources get Node's copy too.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "subgraphs/*/test/**/*.test.ts", "gateway/test/**/*.test.ts", "schema/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
    // Two cores: two test files at a time, each starting its own databases and servers.
    maxWorkers: 2,
    sequence: { sequencer: SlowFilesFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: "test" },
  },
});
