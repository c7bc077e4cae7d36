import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { UiRuntimeConfig } from "../app/ui-paths.ts";
import { readHubClaims, type HubClaims } from "./hub-claims.ts";
import { oidcUserManager } from "./oidc-sign-in.ts";

/** The signed-in user: the token the hub verifies, and what it says about them for the menus. */
export interface Session {
  token: string;
  claims: HubClaims;
  /** Who the header says is signed in (a demo partner's label, or the provider's user name). */
  label: string;
}

interface SessionApi {
  config: UiRuntimeConfig;
  session: Session | undefined;
  begin(token: string, label: string): void;
  signOut(): Promise<void>;
}

const storageKey = "pasrr-ui.session";
const SessionContext = createContext<SessionApi | undefined>(undefined);

function restored(): Session | undefined {
  const saved = sessionStorage.getItem(storageKey);
  if (!saved) return undefined;
  const { token, label } = JSON.parse(saved) as { token: string; label: string };
  const claims = readHubClaims(token);
  return claims ? { token, claims, label } : undefined;
}

/**
 * One session per tab, kept in sessionStorage so a reload keeps it. Signing out removes it and the
 * identity provider's user, and the GraphQL client (with its cache) is made anew for the next
 * session (app.tsx), so nothing one user read is shown to the next.
 */
export function SessionProvider({ config, children }: { config: UiRuntimeConfig; children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(restored);

  const begin = useCallback((token: string, label: string) => {
    const claims = readHubClaims(token);
    if (!claims) throw new Error("the token carries no hub role");
    sessionStorage.setItem(storageKey, JSON.stringify({ token, label }));
    setSession({ token, claims, label });
  }, []);

  const signOut = useCallback(async () => {
    sessionStorage.removeItem(storageKey);
    setSession(undefined);
    if (config.signIn.kind === "oidc") await oidcUserManager(config.signIn).removeUser();
  }, [config]);

  const api = useMemo(() => ({ config, session, begin, signOut }), [config, session, begin, signOut]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error("useSession outside SessionProvider");
  return api;
}

/** The signed-in session, for pages that are only reached signed in (app.tsx guards them). */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error("a page that needs a session was drawn without one");
  return session;
}
