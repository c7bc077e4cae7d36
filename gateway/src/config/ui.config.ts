import { z } from "zod";
import { bool, readVar, type Env, type RuntimeMode } from "@pasrr/config/env";

/**
 * The internal UI (issue 23) as the gateway serves it: the static build at /ui/ and its runtime
 * configuration. In production a state may serve ui/dist from any web server instead, with a
 * config.json of its own beside index.html (README "The internal UI").
 */
export interface UiConfig {
  serve: boolean;
  /** The state's identity provider (OpenID Connect); without it only a development gateway's demo sign-in works. */
  oidc?: { authority: string; clientId: string; scope: string; bearer: "access_token" | "id_token" };
}

export function loadUiConfig(env: Env, mode: RuntimeMode): UiConfig {
  const serve = readVar(env, "UI", bool.default(mode !== "production"));
  const authority = readVar(env, "UI_OIDC_AUTHORITY", z.url().optional());
  if (!authority) return { serve };
  return {
    serve,
    oidc: {
      authority,
      clientId: readVar(env, "UI_OIDC_CLIENT_ID", z.string().min(1)),
      scope: readVar(env, "UI_OIDC_SCOPE", z.string().min(1).default("openid profile")),
      bearer: readVar(env, "UI_OIDC_BEARER", z.enum(["access_token", "id_token"]).default("access_token")),
    },
  };
}
