import { prismaFolder, unmigratedSchemaChange } from "@pasrr/db/migrations";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames } from "@pasrr/config/service-names";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it.each(subgraphNames)("%s: every change to schema.prisma has a migration (run `npm run migrate:new -- <subgraph> <name>` when this fails)", async (name) => {
    const change = await unmigratedSchemaChange(prismaFolder(path.join(repoRoot, "subgraphs", name, "prisma")));
    expect(change).toBeNull();
  });
});
