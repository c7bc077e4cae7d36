import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { uiBasePath, uiConfigPath, type UiRuntimeConfig } from "../../../ui/src/app/ui-paths.ts";
import type { UiConfig } from "../config/ui.config.ts";
import type { SandboxAccess } from "../sandbox/sandbox-access.ts";
import { sandboxRoutePaths } from "../sandbox/sandbox-protocol.ts";

/** Where scripts/build-ui.ts leaves the Vite build (git-ignored). */
export const uiBuildDir = path.join(repoRoot, "ui", "dist");

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
};

/**
 * How the UI signs people in here: the state's identity provider when one is configured, else the
 * sandbox's demo partners where the gateway mints dev tokens; otherwise nobody can sign in and the
 * UI is not served.
 */
export function uiRuntimeConfig(ui: UiConfig, sandbox: SandboxAccess): UiRuntimeConfig | undefined {
  if (ui.oidc) return { graphqlUrl: "/graphql", signIn: { kind: "oidc", ...ui.oidc } };
  if (sandbox.devTools)
    return { graphqlUrl: "/graphql", signIn: { kind: "demo-partner", partnersUrl: sandboxRoutePaths.index, tokenUrl: sandboxRoutePaths.token } };
  return undefined;
}

/**
 * The UI's static build under /ui/: hashed assets cached for good, any other path answered with
 * index.html (the app routes in the browser), and config.json from the gateway's configuration.
 * The page may talk to this origin and the identity provider only (Content-Security-Policy).
 */
export function uiRoutes(runtime: UiRuntimeConfig) {
  const connect = ["'self'", ...(runtime.signIn.kind === "oidc" ? [new URL(runtime.signIn.authority).origin] : [])].join(" ");
  const policy = `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src ${connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`;
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== uiBasePath && !url.pathname.startsWith(`${uiBasePath}/`)) return false;
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    if (url.pathname === uiConfigPath) return send(response, 200, contentTypes[".json"]!, JSON.stringify(runtime), "no-store");
    if (url.pathname.startsWith(`${uiBasePath}/assets/`)) {
      const name = path.basename(url.pathname);
      const file = await readFile(path.join(uiBuildDir, "assets", name)).catch(() => undefined);
      if (!file) return send(response, 404, "text/plain; charset=utf-8", `${name} is not built: run npm run generate`);
      return send(response, 200, contentTypes[path.extname(name)] ?? "application/octet-stream", file, "public, max-age=31536000, immutable");
    }
    const page = await readFile(path.join(uiBuildDir, "index.html")).catch(() => undefined);
    if (!page) return send(response, 503, "text/plain; charset=utf-8", "the UI is not built: run npm run generate");
    response.setHeader("content-security-policy", policy);
    return send(response, 200, contentTypes[".html"]!, page, "no-cache");
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, cache?: string): true {
  response.statusCode = status;
  response.setHeader("content-type", contentType);
  response.setHeader("x-content-type-options", "nosniff");
  if (cache) response.setHeader("cache-control", cache);
  response.end(body);
  return true;
}
