import { Alert, Button, Container, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { homePath } from "../app/role-navigation.ts";
import { demoPartners, demoPartnerToken, type DemoPartner } from "./demo-sign-in.ts";
import { oidcUserManager } from "./oidc-sign-in.ts";
import { readHubClaims } from "./hub-claims.ts";
import { useSession } from "./session.tsx";

/** Sign in: with the state's identity provider in production, as a demo partner in development. */
export function SignInPage() {
  const { config, begin, notice } = useSession();
  const navigate = useNavigate();
  const [partners, setPartners] = useState<DemoPartner[]>();
  const [problem, setProblem] = useState<string>();
  const signIn = config.signIn;

  useEffect(() => {
    if (signIn.kind === "demo-partner") demoPartners(signIn).then(setPartners, (e: Error) => setProblem(e.message));
  }, [signIn]);

  async function asPartner(partner: DemoPartner) {
    if (signIn.kind !== "demo-partner") return;
    try {
      const token = await demoPartnerToken(signIn, partner.key);
      begin(token, partner.label);
      void navigate(homePath(readHubClaims(token)!.role));
    } catch (e) {
      setProblem((e as Error).message);
    }
  }

  return (
    <Container size="xs" py="xl">
      <main>
        <Title order={1} mb="md">
          Sign in to the PASRR hub
        </Title>
        {(problem ?? notice) ? (
          <Alert color="red" role="alert" mb="md" data-code={problem ? undefined : "UNAUTHENTICATED"}>
            {problem ?? notice}
          </Alert>
        ) : null}
        {signIn.kind === "oidc" ? (
          // blue.8: white on Mantine's default blue.6 is 3.6:1, under WCAG AA's 4.5:1 for text.
          <Button color="blue.8" onClick={() => void oidcUserManager(signIn).signinRedirect()}>
            Sign in with your organisation
          </Button>
        ) : (
          <Stack>
            <Text>Development hub: sign in as one of the demo partners. Each sees only what its role and scope allow.</Text>
            {partners?.map((partner) => (
              <Button key={partner.key} variant="light" onClick={() => void asPartner(partner)} data-partner={partner.key}>
                Sign in as {partner.label}
              </Button>
            ))}
          </Stack>
        )}
      </main>
    </Container>
  );
}
