/**
 * The sandbox page: GraphiQL with the schema already loaded (Docs open, autocomplete at once), an
 * "Act as partner" picker that puts a dev token minted by the gateway into the headers editor, the
 * partner guides' examples (docs/partners/*.md), a status line for each run and the query plan.
 */
import { GraphiQL } from "graphiql";
import type { GraphQLSchema } from "graphql";
import { useMemo, useRef, useState } from "react";
import { sandboxRoutePaths as paths, type SandboxExample, type SandboxIndex } from "../src/sandbox/sandbox-protocol.ts";
import { isEdited, mayReplace, type PlacedDocument } from "./document-guard.ts";
import { QueryPlanPanel } from "./query-plan-panel.tsx";
import { createRunFetcher, type RunRecord } from "./run-fetcher.ts";
import { RunStatus } from "./run-status.tsx";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const opening: PlacedDocument = { query: "# Pick a partner and an example above, then run it.\n", variables: "{}" };
const asDocument = (example: SandboxExample): PlacedDocument => ({ query: example.query, variables: pretty(example.variables) });

export function Sandbox({ index, schema }: { index: SandboxIndex; schema: GraphQLSchema | undefined }) {
  const [partner, setPartner] = useState("");
  const [example, setExample] = useState<SandboxExample | undefined>();
  const placed = useRef(opening);
  // What the editors hold, as GraphiQL reports edits (the operation 100 ms after typing stops): state
  // for GraphiQL's props and the "edited" mark, and a ref read when deciding, current before the next render.
  const [current, setCurrent] = useState(opening);
  const edited = useRef(opening);
  const edit = (change: Partial<PlacedDocument>) => {
    edited.current = { ...edited.current, ...change };
    setCurrent(edited.current);
  };
  const [headers, setHeaders] = useState("{}");
  const [tokenStatus, setTokenStatus] = useState("Pick a partner to act as.");
  const [run, setRun] = useState<RunRecord | undefined>();
  // GraphiQL 4.1.2 applies `visiblePlugin` after its first render, when its plugin pane has already
  // started hidden: Docs would be chosen but not shown. It keeps that choice outside the component,
  // so drawing it once more (a new key), as soon as Docs is chosen, opens the pane with Docs in it.
  const [drawing, setDrawing] = useState(0);
  const fetcher = useMemo(() => createRunFetcher(index.devTools, setRun), [index.devTools]);
  const labelOf = (key: string) => index.partners.find((candidate) => candidate.key === key)?.label ?? key;
  const examples = index.examples.filter((candidate) => candidate.partner === partner);

  /** Puts an example into the editors, after asking if that would replace an edited document. */
  function offer(next: SandboxExample | undefined, description: string): boolean {
    if (!next || !mayReplace(placed.current, edited.current, description)) return false;
    setExample(next);
    placed.current = asDocument(next);
    edit(asDocument(next));
    return true;
  }

  async function actAs(key: string) {
    setPartner(key);
    if (!key) return setTokenStatus("Pick a partner to act as.");
    const first = index.examples.find((candidate) => candidate.partner === key);
    // Declined: the developer's own operation stays, and runs with the new partner's token.
    if (!offer(first, `${labelOf(key)}'s example "${first?.title ?? ""}"`)) setExample(undefined);
    if (!index.devTools) return setTokenStatus("This gateway mints no dev tokens: put your own token in the headers.");
    const response = await fetch(paths.token, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ partner: key }) });
    const minted = (await response.json()) as { token?: string; error?: string };
    if (!minted.token) return setTokenStatus(`No token: ${minted.error ?? response.status}`);
    setHeaders(pretty({ Authorization: `Bearer ${minted.token}` }));
    setTokenStatus(`Acting as ${labelOf(key)} with an 8-hour dev token.`);
  }

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100vh" }}>
      <header style={{ display: "flex", gap: "1rem", alignItems: "center", padding: "0.5rem 1rem", fontFamily: "sans-serif", fontSize: "14px" }}>
        <strong>PASRR hub sandbox</strong>
        <label>
          Act as partner{" "}
          <select id="partner" value={partner} onChange={(event) => void actAs(event.target.value)}>
            <option value="">—</option>
            {index.partners.map(({ key, label }) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Example{" "}
          <select
            id="example"
            value={example?.title ?? ""}
            onChange={(event) => {
              const chosen = examples.find((candidate) => candidate.title === event.target.value);
              offer(chosen, `the example "${chosen?.title ?? ""}"`);
            }}
          >
            <option value="">(your operation)</option>
            {examples.map(({ title }) => (
              <option key={title} value={title}>
                {title}
              </option>
            ))}
          </select>
        </label>
        {isEdited(placed.current, current) ? <em id="edited">edited</em> : null}
        {index.devTools ? (
          <a id="download-schema" href={paths.schema} download="pasrr-hub.graphql">
            Download the API schema (SDL)
          </a>
        ) : null}
        <span id="status">{tokenStatus}</span>
      </header>
      <RunStatus run={run} />
      <div style={{ flex: 1, minHeight: 0, display: "flex" }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <GraphiQL
            key={drawing}
            onTogglePluginVisibility={(plugin) => {
              if (plugin && drawing === 0) setDrawing(1);
            }}
            fetcher={fetcher}
            // Given, the schema is never introspected (with no token yet, that would be refused); not given, GraphiQL introspects with the headers.
            schema={schema}
            visiblePlugin="Documentation Explorer"
            query={current.query}
            onEditQuery={(query) => edit({ query })}
            variables={current.variables}
            onEditVariables={(variables) => edit({ variables })}
            headers={headers}
            onEditHeaders={setHeaders}
            defaultEditorToolsVisibility="variables"
          />
        </div>
        {index.devTools ? <QueryPlanPanel run={run} /> : null}
      </div>
    </div>
  );
}
