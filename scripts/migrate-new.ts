/**
 * `npm run migrate:new -- <subgraph> <name>`: writes a Prisma migration folder with the SQL
 * that brings a database built from the existing migrations up to the subgraph's schema.
 * Offline: the migrations are replayed into an in-memory PGlite and diffed by Prisma's
 * WebAssembly schema engine, so no server, shadow database or engine download is needed.
 */
import path from "node:path";
import { createMigration, prismaFolder } from "@pasrr/db/migrations";
import { repoRoot } from "@pasrr/config/repo-paths";
import { subgraphNames, type SubgraphName } from "@pasrr/config/service-names";

const [subgraph, name] = process.argv.slice(2);
if (!subgraph || !subgraphNames.includes(subgraph as SubgraphName) || !name) {
  console.error(`usage: npm run migrate:new -- <${subgraphNames.join("|")}> <migration_name>`);
  process.exit(2);
}
const dir = await createMigration(prismaFolder(path.join(repoRoot, "subgraphs", subgraph, "prisma")), name);
console.log(dir ? `created ${path.relative(repoRoot, dir)}` : `${subgraph}: the migrations already match schema.prisma; nothing to create`);
