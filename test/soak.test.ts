import { describe, expect, it } from "vitest";
import { runScript } from "./support/processes.ts";

/**
 * Issue 8, item 6: a short soak — five real processes on PostgreSQL, concurrent partner clients
 * retrying with Idempotency-Keys — acknowledges writes and finds each exactly once afterwards.
 * The script itself is `npm run soak`; this run is short, to keep it in every CI run.
 */
describe("npm run soak (short)", () => {
  it("reports zero lost or duplicated writes and zero errors, and exits 0", async () => {
    const run = runScript("scripts/soak/soak.ts", { SOAK_SECONDS: "6", SOAK_CLIENTS: "4" });
    const code = await run.exited;
    expect(run.output()).toMatch(/lost writes: 0, duplicated writes: 0, errors: 0/);
    const [, acknowledged, found] = /registration: acknowledged (\d+), found (\d+)/.exec(run.output()) ?? [];
    expect(Number(acknowledged)).toBeGreaterThan(0);
    expect(found).toBe(acknowledged);
    expect(code).toBe(0);
  }, 300_000);
});
