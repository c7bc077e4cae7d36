/**
 * Prints the supergraph composed from the four subgraphs' code, and nothing else: run by
 * schema-build.test.ts with an empty and with a hostile environment, to show that building a
 * schema reads no configuration and does no I/O (issue 18).
 */
import { composeSupergraph } from "./supergraph.ts";

process.stdout.write(await composeSupergraph());
