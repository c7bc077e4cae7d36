import type { GatewayConfig } from "../config/gateway-config.ts";

/** What of the sandbox a gateway serves; decided once, from configuration, for every route and option. */
export interface SandboxAccess {
  /** The GraphiQL page and the guides' examples (`SANDBOX`; off by default in production). */
  page: boolean;
  /**
   * Dev tokens for each partner (`/sandbox/token`), the API schema without a token
   * (`/sandbox/schema.graphql`, which the page's Docs and autocomplete load at once) and the
   * gateway's query plan for each run. On only where the gateway trusts the dev key: there any
   * caller may already mint any partner's token and introspect with it, so these reveal nothing
   * more. Never in production, and never where an identity provider's keys are configured (a
   * deployment with real partners, safelisted ones among them, whatever its NODE_ENV).
   */
  devTools: boolean;
}

export function sandboxAccess(config: Pick<GatewayConfig, "sandbox" | "mode" | "auth">): SandboxAccess {
  const trustsDevKey = config.mode !== "production" && !config.auth.jwksFile && !config.auth.jwksUrl;
  return { page: config.sandbox, devTools: config.sandbox && trustsDevKey };
}
