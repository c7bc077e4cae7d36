/**
 * The sandbox page's entry: reads the index and, with the development tools, the API schema,
 * then draws the sandbox, so GraphiQL starts with Docs and autocomplete and sends nothing before
 * a partner is chosen. Bundled by scripts/build-sandbox.ts; everything it loads comes from the gateway itself.
 */
import "graphiql/style.css";
import { buildSchema, type GraphQLSchema } from "graphql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { sandboxRoutePaths as paths, type SandboxIndex } from "../src/sandbox/sandbox-protocol.ts";
import { Sandbox } from "./sandbox.tsx";

async function loadSchema(index: SandboxIndex): Promise<GraphQLSchema | undefined> {
  if (!index.devTools) return undefined;
  const response = await fetch(paths.schema);
  // Not loaded yet (503): GraphiQL introspects itself once a partner's token is in the headers.
  return response.ok ? buildSchema(await response.text()) : undefined;
}

const index = (await (await fetch(paths.index)).json()) as SandboxIndex;
const schema = await loadSchema(index);
createRoot(document.getElementById("sandbox")!).render(
  <StrictMode>
    <Sandbox index={index} schema={schema} />
  </StrictMode>,
);
