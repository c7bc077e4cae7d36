/**
 * `npm run individuals:rebuild-keys`: recomputes every person's blocking and search keys from
 * the records (subgraphs/individuals/README.md, "Matching"). Run it once after a release that
 * changes the key rules (issue 21 did), against the individuals database the service uses:
 * INDIVIDUALS_DATABASE_URL, or else its PGlite folder (only while the service is stopped).
 * Until it has run, people registered before the release are found only by their old keys.
 */
import { openDatabase } from "@pasrr/db/database";
import { loadDatabaseConfig } from "@pasrr/db/database-config";
import { readRuntimeMode } from "@pasrr/config/env";
import { readHubDataDir } from "@pasrr/config/repo-paths";
import { createClient } from "../subgraphs/individuals/src/db.ts";
import { rebuildBlockingKeys } from "../subgraphs/individuals/src/registration/blocking-keys.store.ts";

const database = await openDatabase(loadDatabaseConfig(process.env, "individuals", readHubDataDir(process.env), readRuntimeMode(process.env)));
const db = createClient(database.adapter);
try {
  const { records, keys } = await rebuildBlockingKeys(db);
  console.log(`rebuilt ${keys} key(s) of ${records} record(s)`);
} finally {
  await db.$disconnect();
  await database.close();
}
