import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { GatewayConfig } from "../config/gateway-config.ts";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { loadPartnerExamples } from "./partner-examples.ts";
import type { SandboxAccess } from "./sandbox-access.ts";
import { sandboxBuildDir } from "./sandbox-paths.ts";
import { findSandboxPartner, sandboxPartners } from "./sandbox-partners.ts";
import { sandboxRoutePaths as paths, type SandboxIndex } from "./sandbox-protocol.ts";

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PASRR hub sandbox</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/sandbox/assets/main.css">
</head>
<body>
<div id="sandbox"></div>
<script type="module" src="/sandbox/assets/main.js"></script>
</body>
</html>
`;

const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".svg": "image/svg+xml",
};

/**
 * The self-hosted sandbox (issue 9, item 1; issue 22): GraphiQL bundled from npm at `npm run
 * generate`, served from this gateway with nothing fetched from elsewhere, the partner guides'
 * examples, and an "act as partner" picker. A browser opening `/graphql` (or `/`) is sent here:
 * the sandbox is the gateway's one page. The development tools (sandbox-access.ts) — dev tokens,
 * the schema without a token — answer only where `access.devTools` allows them, and 404 elsewhere.
 */
export function sandboxRoutes(config: GatewayConfig, access: SandboxAccess, apiSchemaSdl: () => string | undefined) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    const route = url.pathname.replace(/\/$/, "");
    if ((route === "/graphql" || route === "") && opensAPage(request, url)) return redirect(response, paths.page);
    if (route === paths.page) return send(response, 200, "text/html; charset=utf-8", page);
    if (route === paths.index) {
      const index: SandboxIndex = {
        partners: sandboxPartners.map(({ key, label }) => ({ key, label })),
        examples: await loadPartnerExamples(config.clock.today()),
        devTools: access.devTools,
      };
      return send(response, 200, "application/json; charset=utf-8", JSON.stringify(index));
    }
    if (route === paths.token && access.devTools) return mintToken(config, request, response);
    if (route === paths.schema && access.devTools) {
      const sdl = apiSchemaSdl();
      if (sdl === undefined) return send(response, 503, "text/plain; charset=utf-8", "the gateway has not loaded its schema yet");
      response.setHeader("content-disposition", 'attachment; filename="pasrr-hub.graphql"');
      return send(response, 200, "text/plain; charset=utf-8", sdl);
    }
    if (route.startsWith("/sandbox/assets/")) {
      const name = path.basename(route);
      const file = await readFile(path.join(sandboxBuildDir, name)).catch(() => undefined);
      if (!file) return send(response, 404, "text/plain; charset=utf-8", `${name} is not built: run npm run generate`);
      return send(response, 200, contentTypes[path.extname(name)] ?? "application/octet-stream", file);
    }
    return false;
  };
}

/**
 * A browser navigating to the endpoint: a GET asking for HTML with no operation in its query
 * string. A GET that carries an operation is GraphQL's (Apollo answers it, CSRF rules and all).
 */
function opensAPage(request: IncomingMessage, url: URL): boolean {
  return request.method === "GET" && !url.searchParams.has("query") && (request.headers.accept ?? "").includes("text/html");
}

async function mintToken(config: GatewayConfig, request: IncomingMessage, response: ServerResponse): Promise<true> {
  if (request.method !== "POST") return send(response, 405, "application/json", JSON.stringify({ error: 'POST {"partner": key}' }));
  const partner = findSandboxPartner(partnerKey(await readText(request)));
  if (!partner) return send(response, 400, "application/json", JSON.stringify({ error: "unknown partner", partners: sandboxPartners.map(({ key }) => key) }));
  const token = await mintDevToken(config.auth, partner.token);
  return send(response, 200, "application/json", JSON.stringify({ partner: partner.key, token }));
}

function redirect(response: ServerResponse, location: string): true {
  response.statusCode = 302;
  response.setHeader("location", location);
  response.end();
  return true;
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): true {
  response.statusCode = status;
  response.setHeader("content-type", contentType);
  response.end(body);
  return true;
}

function partnerKey(body: string): string {
  try {
    const parsed = JSON.parse(body) as { partner?: unknown };
    return typeof parsed.partner === "string" ? parsed.partner : "";
  } catch {
    return "";
  }
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4096) throw new Error("token request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
