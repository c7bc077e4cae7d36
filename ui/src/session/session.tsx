import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { UiRuntimeConfig } from "../app/ui-paths.ts";
import { readHubClaims, tokenExpired, type HubClaims } from "./hub-claims.ts";
import { endOidcSession, oidcUserManager } from "./oidc-sign-in.ts";

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
  /** Why the last session ended, when the hub ended it (its token expired or was refused). */
  notice: string | undefined;
  begin(token: string, label: string): void;
  /** Ends the session; `refused` when the hub answered UNAUTHENTICATED, so the sign-in page says why. */
  signOut(reason?: "refused"): Promise<void>;
}

const storageKey = "pasrr-ui.session";
const SessionContext = createContext<SessionApi | undefined>(undefined);

/** What a tab starts from: the session it kept, unless the token is unreadable or has expired. */
function restored(): { session?: Session; notice?: string } {
  const saved = sessionStorage.getItem(storageKey);
  if (!saved) return {};
  try {
    const { token, label } = JSON.parse(saved) as { token: string; label: string };
    const claims = readHubClaims(token);
    if (claims && !tokenExpired(token)) return { session: { token, claims, label } };
  } catch {
    // Not a session this UI wrote: treated as none, below.
  }
  sessionStorage.removeItem(storageKey);
  return { notice: refusedNotice };
}

/** Why the sign-in page is shown instead of the page asked for (hub-error.tsx's UNAUTHENTICATED in words). */
export const refusedNotice = "Your sign-in has expired or was not accepted by the hub. Sign in again.";

/**
 * One session per tab, kept in sessionStorage so a reload keeps it. Signing out removes it, and the
 * identity provider's user and session (oidc-sign-in.ts), and the GraphQL client (with its cache) is made anew for the next
 * session (app.tsx), so nothing one user read is shown to the next.
 */
export function SessionProvider({ config, children }: { config: UiRuntimeConfig; children: ReactNode }) {
  const [initial] = useState(restored);
  const [session, setSession] = useState<Session | undefined>(initial.session);
  const [notice, setNotice] = useState<string | undefined>(initial.notice);

  const begin = useCallback((token: string, label: string) => {
    const claims = readHubClaims(token);
    if (!claims) throw new Error("the token carries no hub role");
    sessionStorage.setItem(storageKey, JSON.stringify({ token, label }));
    setNotice(undefined);
    setSession({ token, claims, label });
  }, []);

  const signOut = useCallback(
    async (reason?: "refused") => {
      sessionStorage.removeItem(storageKey);
      setNotice(reason === "refused" ? refusedNotice : undefined);
      setSession(undefined);
      if (config.signIn.kind === "oidc") await endOidcSession(oidcUserManager(config.signIn), reason);
    },
    [config],
  );

  const api = useMemo(() => ({ config, session, notice, begin, signOut }), [config, session, notice, begin, signOut]);
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
