import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@pasrr/platform";
import type { BenchRow } from "./row.ts";

/**
 * Row 4, the payment batch: 10,000 claim lines through the gateway ÷ the same lookups as one
 * hand-written SQL query per database (goal ≤ 3). Measured by `scripts/bench-payment-batch.ts`,
 * which the Level of Care work brings; until it is merged this row says so.
 *
 * TODO(issue 10, merge of b-levelofcare): once `scripts/bench-payment-batch.ts` exists, run it
 * here the way identity.ts runs bench-identity.ts (its own process, `--quick` → fewer lines) and
 * return its table; delete the "not yet" branch.
 */
export const paymentBatchRow: BenchRow = {
  title: "4. The payment batch: 10,000 claim lines through the gateway ÷ one hand-written SQL query per database (goal ≤ 3)",
  async run({ log }) {
    const script = path.join(repoRoot, "scripts/bench-payment-batch.ts");
    if (!existsSync(script)) {
      log("payment batch: scripts/bench-payment-batch.ts is not on this branch yet");
      return "Not measured on this branch: `scripts/bench-payment-batch.ts` (the Level of Care work) is not merged yet. The runner's hook is `scripts/bench/payment-batch.ts`.";
    }
    return "Not measured: `scripts/bench-payment-batch.ts` exists but is not wired into the runner yet (see the TODO in `scripts/bench/payment-batch.ts`).";
  },
};
