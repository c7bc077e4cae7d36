/** `npm run compose`: rebuilds schema/supergraph.graphql from the four subgraphs' schemas. */
import { writeFile } from "node:fs/promises";
import { composeSupergraph, supergraphFile } from "./supergraph.ts";

try {
  await writeFile(supergraphFile, await composeSupergraph());
  console.log(`wrote ${supergraphFile}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
