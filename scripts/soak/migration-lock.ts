import { setTimeout as sleep } from "node:timers/promises";
import { withClient } from "./verify.ts";

/** The session-level advisory lock Prisma's schema engine takes to apply migrations. */
const prismaMigrationLock = 72707369;

/** Ends the sessions holding the lock between statements (idle); how many it ended and how many still hold it. */
const endIdleHolders = (url: string) =>
  withClient(url, async (client) => {
    const { rows } = await client.query<{ idle: boolean; ended: boolean | null }>(
      `SELECT activity.state = 'idle' AS idle, CASE WHEN activity.state = 'idle' THEN pg_terminate_backend(activity.pid) END AS ended
         FROM pg_locks lock JOIN pg_stat_activity activity ON activity.pid = lock.pid
        WHERE lock.locktype = 'advisory' AND lock.objid = $1 AND lock.granted AND lock.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [prismaMigrationLock],
    );
    return { ended: rows.filter((row) => row.ended).length, busy: rows.filter((row) => !row.idle).length };
  });

/**
 * A workaround, until packages/db migrates on a connection of its own: a subgraph applies its
 * migrations at start-up through its connection pool, and the schema engine's advisory lock
 * stays held by that pooled connection for as long as it lives. Another replica of the subgraph
 * starting on the same database then waits for the lock and gives up after 10 s (P1002). Before
 * replicas start, this ends the sessions that still hold the lock, each at a moment it is idle
 * (the pool replaces it); how many it ended, so the report shows the defect while it lasts.
 */
export async function releaseLeakedMigrationLocks(databaseUrls: string[], timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let ended = 0;
  for (const url of databaseUrls) {
    for (;;) {
      const pass = await endIdleHolders(url);
      ended += pass.ended;
      if (pass.busy === 0 || Date.now() > deadline) break;
      await sleep(50);
    }
  }
  return ended;
}
