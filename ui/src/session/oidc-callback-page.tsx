import { Alert, Container, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { homePath } from "../app/role-navigation.ts";
import { readHubClaims } from "./hub-claims.ts";
import { completeOidcSignIn, oidcUserManager } from "./oidc-sign-in.ts";
import { useSession } from "./session.tsx";

/** Where the identity provider returns: trade the code for tokens and start the session. */
export function OidcCallbackPage() {
  const { config, begin } = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (config.signIn.kind !== "oidc" || started.current) return;
    started.current = true;
    const signIn = config.signIn;
    const manager = oidcUserManager(signIn);
    completeOidcSignIn(manager, signIn.bearer)
      .then(async (token) => {
        const claims = readHubClaims(token);
        if (!claims) throw new Error("the identity provider's token carries no hub role: ask the state to map your account to a partner role");
        const user = await manager.getUser();
        begin(token, user?.profile.name ?? claims.org);
        void navigate(homePath(claims.role), { replace: true });
      })
      .catch((e: Error) => setProblem(e.message));
  }, [config, begin, navigate]);
  return (
    <Container size="xs" py="xl">
      <main>
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : (
          <Text role="status">Signing in…</Text>
        )}
      </main>
    </Container>
  );
}
