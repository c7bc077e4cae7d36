import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { GatewayConfig } from "../config/gateway-config.ts";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { loadPartnerExamples } from "./partner-examples.ts";
import { sandboxBuildDir } from "./sandbox-paths.ts";
import { findSandboxPartner, sandboxPartners } from "./sandbox-partners.ts";

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PASRR hub sandbox</title>
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
 * The self-hosted sandbox (issue 9, item 1): GraphiQL bundled from npm at `npm run generate`,
 * served from this gateway with nothing fetched from elsewhere, the partner guides' examples,
 * and an "act as partner" picker. Tokens are minted only where the dev key is what the gateway
 * trusts: never in production, and not when an identity provider's keys are configured.
 */
export function sandboxRoutes(config: GatewayConfig) {
  const canMintTokens = config.mode !== "production" && !config.auth.jwksFile && !config.auth.jwksUrl;
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    const route = url.pathname.replace(/\/$/, "");
    if (route === "/sandbox") return send(response, 200, "text/html; charset=utf-8", page);
    if (route === "/sandbox/partners.json") {
      const partners = sandboxPartners.map(({ key, label }) => ({ key, label }));
      return send(
        response,
        200,
        "application/json; charset=utf-8",
        JSON.stringify({ partners, examples: await loadPartnerExamples(config.clock.today()), canMintTokens }),
      );
    }
    if (route === "/sandbox/token" && canMintTokens) {
      if (request.method !== "POST") return send(response, 405, "application/json", JSON.stringify({ error: 'POST {"partner": key}' }));
      const partner = findSandboxPartner(partnerKey(await readText(request)));
      if (!partner)
        return send(response, 400, "application/json", JSON.stringify({ error: "unknown partner", partners: sandboxPartners.map(({ key }) => key) }));
      const token = await mintDevToken(config.auth, partner.token);
      return send(response, 200, "application/json", JSON.stringify({ partner: partner.key, token }));
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
