/** The status line: HTTP status, time and the hub's response headers of the last run. */
import { namedHeaders, type RunRecord } from "./run-fetcher.ts";

const line = {
  display: "flex",
  flexWrap: "wrap",
  gap: "0.25rem 1.25rem",
  alignItems: "baseline",
  padding: "0.25rem 1rem",
  fontFamily: "sans-serif",
  fontSize: "13px",
} as const;

export function RunStatus({ run }: { run: RunRecord | undefined }) {
  if (!run)
    return (
      <div id="run-status" style={line}>
        Run an operation: its HTTP status, time and response headers show here.
      </div>
    );
  const header = (name: string) => run.headers.find(([candidate]) => candidate === name)?.[1];
  return (
    <div id="run-status" data-http-status={run.status} style={line}>
      <strong style={{ color: run.status < 300 ? "#1a7f37" : "#cf222e" }}>
        HTTP {run.status} {run.statusText}
      </strong>
      <span>{run.milliseconds} ms</span>
      {run.operationName ? <span>operation {run.operationName}</span> : null}
      {namedHeaders.map((name) => (
        <span key={name}>
          {name}: <code data-header={name}>{header(name) ?? "—"}</code>
        </span>
      ))}
      <details>
        <summary>all headers</summary>
        <pre style={{ margin: 0 }}>{run.headers.map(([name, value]) => `${name}: ${value}`).join("\n")}</pre>
      </details>
    </div>
  );
}
