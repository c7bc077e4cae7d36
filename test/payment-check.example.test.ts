import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleDir, generateTypedDocuments } from "../examples/payment-check/codegen.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

const run = promisify(execFile);

/**
 * Issue 9, item 8: the typed client example. Its generated documents match what the graph
 * generates today, and the program, run as a partner runs it, reports the demo data's coverage.
 */
describe("examples/payment-check", () => {
  let scratch: string;
  let hub: TestHub;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "pasrr-codegen-"));
    hub = await startTestHub({ seedDemoData: true });
  });
  afterAll(async () => {
    await hub?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it("commits exactly the typed documents GraphQL Code Generator makes from today's supergraph (npx tsx examples/payment-check/codegen.ts)", async () => {
    await generateTypedDocuments(scratch);
    for (const file of ["api-schema.graphql", "src/gql/gql.ts", "src/gql/graphql.ts", "src/gql/index.ts"]) {
      expect(await readFile(path.join(exampleDir, file), "utf8"), `${file} is stale: regenerate it`).toBe(await readFile(path.join(scratch, file), "utf8"));
    }
  });

  it("prints a coverage report for a file of claim lines against the demo data", async () => {
    const token = await hub.token({ role: "MEDICAID_PAYMENT", organisationId: "demo-medicaid-payment" });
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", path.join(exampleDir, "src", "payment-check.ts"), path.join(exampleDir, "claims.example.csv")],
      {
        env: { ...process.env, PASRR_TOKEN: token, GATEWAY_URL: hub.gatewayUrl! },
      },
    );
    const report = stdout.trim().split("\n");
    expect(report).toHaveLength(3);
    // The first demo person: Medicare Part A until 14 October (no LOC needed), then covered by the approved LOC.
    expect(report[0]).toBe(
      "9999-0000-0001 DEMO-NF-0001 2026-10-01..2026-10-31: 18 of 31 days covered; covered 2026-10-14..2026-10-31 (NF_INTERMEDIATE); uncovered 2026-10-01..2026-10-13 (NOT_REQUIRED_MEDICAID_COPAY)",
    );
    expect(report[1]).toMatch(/^9999-0000-0002 DEMO-NF-0002 2026-11-01\.\.2026-11-15: 0 of 15 days covered; uncovered /);
    expect(report[2]).toMatch(/^9999-0000-0099 .*NO PERSON holds this Medicaid ID/);
  });
});
