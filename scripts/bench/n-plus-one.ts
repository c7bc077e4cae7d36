import { subgraphNames } from "@pasrr/config/service-names";
import { graphql } from "../../test/support/graphql.ts";
import { startTestHub } from "../../test/support/hub.ts";
import { keyCounts, residentListDay, residentListQuery, seedResidentList } from "../../test/support/resident-list.ts";
import { table, verdict, type BenchRow, type Goal } from "./row.ts";

/**
 * Row 3, "No N+1, anywhere": statements per request for a list of n people with fields from all
 * four subgraphs, at n = 10 and n = 1,000, and keys in the IN lists ÷ unique keys, counted at
 * each subgraph's driver adapter (StatementLog). The same assertions run in `npm test`
 * (test/no-n-plus-one.test.ts); here they are reported for both databases.
 */
export const nPlusOneRow: BenchRow = {
  title: "3. No N+1: statements per request at n = 1,000 ÷ n = 10, and keys in IN lists ÷ unique keys",
  async run({ log }) {
    const rows: string[][] = [];
    let met = 0;
    for (const database of ["postgres", "pglite"] as const) {
      log(`n+1 on ${database}`);
      const hub = await startTestHub({ database });
      try {
        const token = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
        const facilities = { 10: await seedResidentList(hub.subgraphs, 1, 10), 1000: await seedResidentList(hub.subgraphs, 2, 1000) };
        const read = async (n: 10 | 1000) => {
          for (const name of subgraphNames) {
            hub.subgraphs[name]!.statements.reset();
            hub.subgraphs[name]!.statements.record = true;
          }
          const answer = await graphql(hub.gatewayUrl!, residentListQuery, { token, variables: { facilityId: facilities[n], on: residentListDay } });
          if (answer.errors || (answer.data!.facility.census as unknown[]).length !== n)
            throw new Error(`the list of ${n} failed: ${JSON.stringify(answer.errors)}`);
          return Object.fromEntries(subgraphNames.map((name) => [name, keyCounts(hub.subgraphs[name]!.statements)]));
        };
        await read(10); // warms the plan cache and the connections
        const [small, large] = [await read(10), await read(1000)];
        for (const name of subgraphNames) {
          const ratio = large[name]!.statements / small[name]!.statements;
          const keyRatio = large[name]!.keys / large[name]!.uniqueKeys;
          rows.push([
            database,
            name,
            String(small[name]!.statements),
            String(large[name]!.statements),
            ratio.toFixed(2),
            `${large[name]!.keys} ÷ ${large[name]!.uniqueKeys} = ${keyRatio.toFixed(2)}`,
            verdict(ratio === 1 && keyRatio === 1),
          ]);
          if (ratio === 1 && keyRatio === 1) met += 1;
        }
      } finally {
        await hub.stop();
      }
    }
    const goals: Goal[] = [
      {
        id: "n+1",
        goal: "no N+1: statements at n = 1,000 ÷ n = 10, and keys ÷ unique keys, each subgraph on each database",
        value: `${met} of ${rows.length} at 1.0`,
        target: "1.0 each",
        met: met === rows.length,
      },
    ];
    const markdown = [
      "The residents of a facility (`facility { census { individual { … levelOneScreens levelOfCareDeterminations { facility } stays } } }`):",
      "one `_entities` fetch per subgraph. Every determination names the same facility, so the facilities subgraph sees 1,000 references to one key.",
      "Load: one request per list, counted, not timed. Processes: the whole hub in the bench's process (`startTestHub`), since statements are counted at each subgraph's driver adapter.",
      "",
      table(
        ["database", "subgraph", "statements n = 10", "statements n = 1,000", "ratio (goal 1.0)", "keys ÷ unique keys per lookup (goal 1.0)", "goal"],
        rows,
      ),
    ].join("\n");
    return { markdown, goals };
  },
};
