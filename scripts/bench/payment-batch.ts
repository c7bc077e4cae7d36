import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import type { BenchRow } from "./row.ts";

/**
 * Row 4, the payment batch: 10,000 claim lines through the gateway ÷ the same lookups as one
 * hand-written SQL query per database (goal ≤ 3). Runs `scripts/bench-payment-batch.ts` (the
 * levelofcare issue's bench) in its own process, as production runs (NODE_ENV=production), and
 * keeps its summary. `--quick` uses 1,000 lines over 10,000 people and 3 runs.
 */
export const paymentBatchRow: BenchRow = {
  title: "4. The payment batch: 10,000 claim lines through the gateway ÷ one hand-written SQL query per database (goal ≤ 3)",
  async run({ quick, log }) {
    log("payment batch (scripts/bench-payment-batch.ts)");
    const env = {
      ...process.env,
      NODE_ENV: "production",
      ...(quick ? { BENCH_CLAIM_POPULATION: "10000", BENCH_CLAIM_LINES: "1000", BENCH_CLAIM_RUNS: "3" } : {}),
    };
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/bench-payment-batch.ts")], {
        cwd: repoRoot,
        env,
        stdio: ["ignore", "pipe", "inherit"],
      });
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        process.stdout.write(chunk);
      });
      child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`bench-payment-batch exited with ${code}`))));
    });
    const summary = output.slice(output.lastIndexOf("claim lines, median of") - 8).trim();
    return [
      "PostgreSQL 127.0.0.1:5432, the whole hub in one process (the script's own set-up); every answer checked before timing.",
      "",
      "```",
      summary,
      "```",
    ].join("\n");
  },
};
