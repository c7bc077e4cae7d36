/**
 * The census feed's dead letters, for an operator (subgraphs/facilities/README.md, "Census feed"):
 *   npm run census-feed:dead-letters                       lists them, oldest first (ids, the fact, why)
 *   npm run census-feed:requeue -- <outbox-id> [<id> …]    puts those back in the queue
 *   npm run census-feed:requeue -- --all                   puts every one back
 * Against the facilities database the service uses: FACILITIES_DATABASE_URL, or else its PGlite
 * folder (only while the service is stopped: an embedded database is one process's own).
 * A running relay picks a requeued row up at its next poll.
 */
import { openDatabase } from "@pasrr/db/database";
import { loadDatabaseConfig } from "@pasrr/db/database-config";
import { readRuntimeMode } from "@pasrr/config/env";
import { readHubDataDir } from "@pasrr/config/repo-paths";
import { deadLetters, requeueDeadLetters } from "../subgraphs/facilities/src/census-feed/outbox-maintenance.store.ts";
import { createClient } from "../subgraphs/facilities/src/db.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const [command, ...args] = process.argv.slice(2);
const ids = args.filter((arg) => arg !== "--all");
if (!(command === "list" && args.length === 0) && !(command === "requeue" && (args.includes("--all") ? args.length === 1 : ids.length > 0))) {
  console.error("usage: npm run census-feed:dead-letters | npm run census-feed:requeue -- <outbox-id …|--all>");
  process.exit(2);
}
const notIds = ids.filter((id) => !uuid.test(id));
if (notIds.length > 0) {
  console.error(`not an outbox row id: ${notIds.join(", ")}`);
  process.exit(2);
}

// Only the database's settings, read as `npm run migrate` reads them: an operator's tool needs no service keys.
const database = await openDatabase(loadDatabaseConfig(process.env, "facilities", readHubDataDir(process.env), readRuntimeMode(process.env)));
const db = createClient(database.adapter);
try {
  if (command === "list") {
    const rows = await deadLetters(db, 1_000);
    for (const row of rows) console.log(JSON.stringify({ ...row, occurredOn: row.occurredOn.toISOString().slice(0, 10) }));
    console.log(`${rows.length} dead letter(s)${rows.length === 1_000 ? " (the first 1,000)" : ""}`);
  } else {
    const count = await requeueDeadLetters(db, args.includes("--all") ? "all" : ids);
    console.log(`requeued ${count} dead letter(s)`);
  }
} finally {
  await db.$disconnect();
  await database.close();
}
