import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import type { BenchRow } from "./row.ts";

/**
 * Row 5, identity at scale: re-runs `scripts/bench-identity.ts` (issue 3) as it is, in its own
 * process, and keeps its table and growth line. `--quick` runs it at 10,000 people only.
 */
export const identityRow: BenchRow = {
  title: "5. Identity at scale: register-with-matching p95 at 1,000,000 people (goal ≤ 25 ms) and p95(1M) ÷ p95(10k) (goal ≤ 2)",
  async run({ quick, log }) {
    log("identity at scale (scripts/bench-identity.ts)");
    const env = { ...process.env, ...(quick ? { BENCH_SIZES: "10000", BENCH_SAMPLES: "100" } : {}) };
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/bench-identity.ts")], {
        cwd: repoRoot,
        env,
        stdio: ["ignore", "pipe", "inherit"],
      });
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        process.stdout.write(chunk);
      });
      child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`bench-identity exited with ${code}`))));
    });
    const tableAndGrowth = output.slice(output.indexOf("| people |")).trim();
    return [
      `PostgreSQL 127.0.0.1:5432, ${quick ? "100" : "400"} timed registrations per size (half near-duplicates, half newcomers), through \`register()\` and Prisma.`,
      "",
      tableAndGrowth,
    ].join("\n");
  },
};
