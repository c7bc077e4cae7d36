import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames } from "@pasrr/config/service-names";

/** The `model X { … }` blocks of a Prisma schema, by name, exactly as written. */
function modelsOf(schema: string): Map<string, string> {
  return new Map([...schema.matchAll(/^model (\w+) \{\n[\s\S]*?^\}$/gm)].map((match) => [match[1]!, match[0]]));
}

const canonical = modelsOf(readFileSync(path.join(repoRoot, "packages/subgraph-kit/prisma/platform-models.prisma"), "utf8"));

/**
 * The audit trail and the idempotency keys are the platform's tables in every subgraph's database
 * (issue 18): one text of each model, copied into each schema, checked here so the copies cannot drift.
 */
describe("the platform's models in the subgraphs' Prisma schemas", () => {
  it("are the audit event and the idempotent request", () => {
    expect([...canonical.keys()].sort()).toEqual(["AuditEvent", "IdempotentRequest"]);
  });

  for (const name of subgraphNames) {
    it(`${name}: each is a byte-for-byte copy of packages/subgraph-kit/prisma/platform-models.prisma`, () => {
      const models = modelsOf(readFileSync(path.join(repoRoot, "subgraphs", name, "prisma/schema.prisma"), "utf8"));
      for (const [model, text] of canonical) expect(models.get(model), `${model} in subgraphs/${name}/prisma/schema.prisma`).toBe(text);
    });
  }
});
