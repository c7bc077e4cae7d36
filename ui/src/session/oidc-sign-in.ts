import { UserManager, WebStorageStateStore } from "oidc-client-ts";
import { uiBasePath, type UiRuntimeConfig } from "../app/ui-paths.ts";

type OidcConfig = Extract<UiRuntimeConfig["signIn"], { kind: "oidc" }>;

/** Where the identity provider sends the browser back after sign-in (register it with the provider). */
export const oidcCallbackPath = `${uiBasePath}/signed-in`;

/**
 * OpenID Connect with oidc-client-ts (authorization code flow with PKCE, the one a public browser
 * client may use). The user is kept in sessionStorage: gone when the tab closes, and removed on
 * sign-out so the next person at the desk starts from nothing.
 */
export function oidcUserManager(config: OidcConfig): UserManager {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${location.origin}${oidcCallbackPath}`,
    post_logout_redirect_uri: `${location.origin}${uiBasePath}/`,
    response_type: "code",
    scope: config.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: true,
  });
}

export async function completeOidcSignIn(manager: UserManager, bearer: OidcConfig["bearer"]): Promise<string> {
  const user = await manager.signinRedirectCallback();
  const token = bearer === "id_token" ? user.id_token : user.access_token;
  if (!token) throw new Error(`the identity provider returned no ${bearer}`);
  return token;
}
