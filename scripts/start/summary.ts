import { mintDevToken } from "@pasrr/devtools/dev-token";
import { subgraphNames } from "@pasrr/config/service-names";
import type { GatewayConfig } from "@pasrr/gateway/config";
import type { SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { sandboxAccess } from "../../gateway/src/sandbox/sandbox-access.ts";
import { uiRuntimeConfig } from "../../gateway/src/ui/ui-routes.ts";
import { uiBasePath } from "../../ui/src/app/ui-paths.ts";
import { cheatSheetLines } from "./cheat-sheet.ts";

/** The end of `npm start`'s output: where the hub is, a token to paste, and the demo cheat sheet. */
export async function printSummary(gateway: GatewayConfig, subgraphs: SubgraphConfig[], elapsedMs: number): Promise<void> {
  const host = gateway.host === "0.0.0.0" ? "localhost" : gateway.host;
  const url = `http://${host}:${gateway.port}/graphql`;
  const sandboxUrl = `http://${host}:${gateway.port}/sandbox`;
  const stateToken = await mintDevToken(gateway.auth, { organisationId: "demo-state-agency", role: "STATE_MEDICAID_AGENCY" });
  const sandbox = gateway.sandbox
    ? `  Sandbox:             ${sandboxUrl}  (schema docs, each partner's examples and dev token, query plan, SDL download; /graphql in a browser opens it too)\n`
    : "";
  const servesUi = gateway.ui.serve && uiRuntimeConfig(gateway.ui, sandboxAccess(gateway)) !== undefined;
  const ui = servesUi
    ? `  UI:                  http://${host}:${gateway.port}${uiBasePath}/  (worklists per role, a person's timeline, the state's dashboard, claim CSV; sign in as a demo partner)\n`
    : "";
  console.log(`
PASRR hub is running (ready in ${(elapsedMs / 1000).toFixed(1)} s).
  Gateway (GraphQL):   ${url}
${sandbox}${ui}  Subgraphs:           ${subgraphNames.map((name, n) => `${name} :${subgraphs[n]!.port}`).join(", ")}
  Databases:           ${subgraphs.map((config) => config.database.kind).join(", ")}

A state-agency dev token (8 hours) for the sandbox's Authorization header:
  Bearer ${stateToken}

Demo data (synthetic; the same cheat sheet is in README.md, "Demo data"):
${cheatSheetLines()
  .map((line) => `  ${line}`)
  .join("\n")}

Press Ctrl-C to stop.
`);
}
