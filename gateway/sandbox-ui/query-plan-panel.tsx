/** The gateway's query plan for the last run: which subgraphs it fetched from, in what order. */
import type { RunRecord } from "./run-fetcher.ts";

export function QueryPlanPanel({ run }: { run: RunRecord | undefined }) {
  const text = !run
    ? "Run an operation to see the gateway's plan for it."
    : (run.plan ?? "The gateway made no plan for this run: it was refused before planning (see the response).");
  return (
    <aside id="query-plan-panel" style={{ width: "26rem", display: "flex", flexDirection: "column", borderLeft: "1px solid #ddd", minHeight: 0 }}>
      <h2 style={{ fontSize: "14px", margin: 0, padding: "0.5rem 1rem", fontFamily: "sans-serif" }}>Query plan</h2>
      <pre id="query-plan" style={{ flex: 1, margin: 0, padding: "0 1rem 1rem", overflow: "auto", fontSize: "12px" }}>
        {text}
      </pre>
    </aside>
  );
}
