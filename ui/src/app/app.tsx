import { useMemo } from "react";
import { Navigate, Outlet, RouterProvider, createBrowserRouter } from "react-router";
import { Provider as GraphQLProvider } from "urql";
import { HubTodayProvider } from "../calendar/hub-today.tsx";
import { hubClient } from "../graphql/hub-client.ts";
import { OidcCallbackPage } from "../session/oidc-callback-page.tsx";
import { SignInPage } from "../session/sign-in-page.tsx";
import { useSession } from "../session/session.tsx";
import { HubAppShell } from "./app-shell.tsx";
import { homePath } from "./role-navigation.ts";
import { pageRoutes } from "./routes.tsx";
import { uiBasePath } from "./ui-paths.ts";

/** Signed-in pages get a GraphQL client of their session's own; signed out, the sign-in page. */
function SignedIn() {
  const { config, session, signOut } = useSession();
  // Keyed on the token: a new session never sees an answer cached for the previous one; a refused token ends it.
  const client = useMemo(
    () => (session ? hubClient(config.graphqlUrl, session.token, () => void signOut("refused")) : undefined),
    [config.graphqlUrl, session, signOut],
  );
  if (!session || !client) return <Navigate to="/sign-in" replace />;
  return (
    <GraphQLProvider value={client} key={session.token}>
      <HubTodayProvider>
        <Outlet />
      </HubTodayProvider>
    </GraphQLProvider>
  );
}

function Home() {
  const { session } = useSession();
  return <Navigate to={session ? homePath(session.claims.role) : "/sign-in"} replace />;
}

const router = createBrowserRouter(
  [
    { path: "/sign-in", element: <SignInPage /> },
    { path: "/signed-in", element: <OidcCallbackPage /> },
    { path: "/", element: <Home /> },
    { element: <SignedIn />, children: [{ element: <HubAppShell />, children: pageRoutes }] },
    { path: "*", element: <Home /> },
  ],
  { basename: uiBasePath },
);

export function App() {
  return <RouterProvider router={router} />;
}
