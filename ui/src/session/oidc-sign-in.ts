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
    // The sign-in's state and PKCE verifier too (oidc-client-ts keeps them in localStorage unless told):
    // nothing of a sign-in outlives the tab.
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: true,
  });
}

export async function completeOidcSignIn(manager: UserManager, bearer: OidcConfig["bearer"]): Promise<string> {
  const user = await manager.signinRedirectCallback();
  const token = bearer === "id_token" ? user.id_token : user.access_token;
  if (!token) throw new Error(`the identity provider returned no ${bearer}`);
  return token;
}

/**
 * Signing out ends the identity provider's session too (RP-initiated logout, its end_session
 * endpoint, then back to /ui/): at a shared desk the next person is asked who they are, not
 * signed in again as the last. A token the hub refused only drops the user kept here.
 */
export async function endOidcSession(manager: UserManager, reason?: "refused"): Promise<void> {
  if (reason !== "refused" && (await manager.metadataService.getEndSessionEndpoint())) return manager.signoutRedirect();
  return manager.removeUser();
}
