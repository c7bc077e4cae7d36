/**
 * The sandbox page: GraphiQL, an "Act as partner" picker that puts a dev token minted by the
 * gateway into the headers editor, and the partner guides' examples (docs/partners/*.md).
 * Bundled by scripts/build-sandbox.ts; everything it loads comes from the gateway itself.
 */
import { GraphiQL, type GraphiQLProps } from "graphiql";
import "graphiql/style.css";
import type { ExecutionResult } from "graphql";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { fillFromPrevious } from "../src/sandbox/example-chaining.ts";

interface Example {
  partner: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}
interface SandboxIndex {
  partners: { key: string; label: string }[];
  examples: Example[];
  canMintTokens: boolean;
}

/** The last answer's data, for a guide example that uses what the previous one returned. */
let previousData: unknown;

const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(options?.headers as Record<string, string> | undefined) },
    body: JSON.stringify({ ...params, variables: fillFromPrevious(params.variables ?? {}, previousData) }),
  });
  const answer = (await response.json()) as ExecutionResult;
  if (answer.data) previousData = answer.data;
  return answer;
};

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

function Sandbox() {
  const [index, setIndex] = useState<SandboxIndex>({ partners: [], examples: [], canMintTokens: false });
  const [partner, setPartner] = useState("");
  const [example, setExample] = useState<Example | undefined>();
  const [headers, setHeaders] = useState("{}");
  const [status, setStatus] = useState("Pick a partner to act as.");

  useEffect(() => {
    void fetch("/sandbox/partners.json").then(async (response) => setIndex((await response.json()) as SandboxIndex));
  }, []);

  const examples = index.examples.filter((candidate) => candidate.partner === partner);

  async function actAs(key: string) {
    setPartner(key);
    setExample(index.examples.find((candidate) => candidate.partner === key));
    if (!index.canMintTokens) return setStatus("This gateway mints no dev tokens: put your own token in the headers.");
    const response = await fetch("/sandbox/token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ partner: key }) });
    const minted = (await response.json()) as { token?: string; error?: string };
    if (!minted.token) return setStatus(`No token: ${minted.error ?? response.status}`);
    setHeaders(pretty({ Authorization: `Bearer ${minted.token}` }));
    setStatus(`Acting as ${index.partners.find((candidate) => candidate.key === key)?.label ?? key} with an 8-hour dev token.`);
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
            onChange={(event) => setExample(examples.find((candidate) => candidate.title === event.target.value))}
          >
            {examples.map(({ title }) => (
              <option key={title} value={title}>
                {title}
              </option>
            ))}
          </select>
        </label>
        <span id="status">{status}</span>
      </header>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL
          fetcher={fetcher}
          query={example?.query ?? "# Pick a partner and an example above, then run it."}
          variables={pretty(example?.variables ?? {})}
          headers={headers}
          defaultEditorToolsVisibility="variables"
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById("sandbox")!).render(
  <StrictMode>
    <Sandbox />
  </StrictMode>,
);
