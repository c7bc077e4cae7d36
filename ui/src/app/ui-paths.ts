/**
 * Where the UI lives and what it asks for. No Node or DOM APIs: the gateway, the build and the
 * page all import it, so the three never disagree on a path.
 */
export const uiBasePath = "/ui";
/** The runtime configuration beside index.html: the gateway writes it in development, a deployer in production. */
export const uiConfigPath = `${uiBasePath}/config.json`;

/** `/ui/config.json`: what a static build needs to know about the place it is served from. */
export interface UiRuntimeConfig {
  /** The gateway's public GraphQL endpoint (same origin by default). */
  graphqlUrl: string;
  signIn:
    | {
        /** Development: "sign in as" a demo partner with the sandbox's dev-token route. */
        kind: "demo-partner";
        partnersUrl: string;
        tokenUrl: string;
      }
    | {
        /** Production: OpenID Connect against the state's identity provider (authorization code + PKCE). */
        kind: "oidc";
        authority: string;
        clientId: string;
        scope: string;
        /** The token the hub verifies: the access token (default) or, for providers that put the hub's claims there, the ID token. */
        bearer: "access_token" | "id_token";
      };
}
