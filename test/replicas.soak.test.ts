import { beforeAll, describe, expect, it } from "vitest";
import { runScript } from "./support/processes.ts";

/**
 * Issue 19, "Run it as a state would" (and issue 8, item 6): `npm run soak` with two replicas of
 * every subgraph and two gateways — compiled, as production runs them — on PostgreSQL, sharing
 * Redis, each service behind a round-robin proxy. Partner clients retrying with
 * Idempotency-Keys run for 60 s while one replica of every service is SIGKILLed at 40 % and
 * started again at 70 %; both census-feed relays deliver the admissions, transfers and
 * discharges. Afterwards the script checks the databases; each test here reads one verdict.
 */
describe("the hub as replicas, under a partner workload, with a replica of every service killed mid-run", () => {
  let output = "";

  beforeAll(async () => {
    const run = runScript("scripts/soak/soak.ts", { SOAK_SECONDS: "60", SOAK_CLIENTS: "6", SOAK_REPLICAS: "2", SOAK_KILL: "true", SOAK_RUNTIME: "compiled" });
    await run.exited;
    output = run.output();
    // The soak's report in the CI log: throughput, start-up and drain times, what each check found.
    console.log(output);
    expect(output).toMatch(/^lost writes: /m);
  }, 300_000);

  const count = (pattern: RegExp) => Number(pattern.exec(output)?.[1]);

  it("kills one replica of every service mid-run and starts it again", () => {
    expect(output).toMatch(/SIGKILL at [\d.]+ s: individuals#1, screenings#1, levelofcare#1, facilities#1, gateway#1/);
    expect(output).toMatch(/restarted at [\d.]+ s/);
  });

  it("stores every acknowledged write exactly once, with no request failing after its retries", () => {
    expect(output).toMatch(/^lost writes: 0, duplicated writes: 0, errors: 0$/m);
    for (const kind of ["registration", "screen", "admission", "transfer", "discharge", "determination"]) {
      const [, acknowledged, found, grew] = new RegExp(`${kind}: acknowledged (\\d+), found (\\d+), table grew by (\\d+)`).exec(output) ?? [];
      expect(Number(acknowledged), kind).toBeGreaterThan(0);
      expect([found, grew], kind).toEqual([acknowledged, acknowledged]);
    }
    expect(output).toMatch(/answer differed: 0\)/);
  });

  it("delivers every census fact to screenings exactly once, applied once and in order per person", () => {
    expect(count(/^census facts: (\d+)/m)).toBeGreaterThan(0);
    expect(output).toMatch(/undelivered: 0, never received: 0, /);
    // Only a row a killed relay had sent but not yet marked may arrive twice.
    expect(count(/delivered more than once: (\d+)/)).toBeLessThanOrEqual(count(/a kill explains (\d+)\)/));
    expect(output).toMatch(/effects missing: 0, duplicated: 0, out of order: 0$/m);
  });

  it("holds one organisation's rate limit across both gateways", () => {
    expect(output).toMatch(/^rate limit held across gateways: yes/m);
  });
});
