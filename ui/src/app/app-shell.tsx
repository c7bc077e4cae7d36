import { AppShell, Button, Group, NavLink, Text, Title } from "@mantine/core";
import { Suspense } from "react";
import { NavLink as RouterLink, Outlet, useNavigate } from "react-router";
import { useSignedIn, useSession } from "../session/session.tsx";
import { roleNavigation } from "./role-navigation.ts";

/** The frame of every signed-in page: who is signed in, the role's pages, sign out. */
export function HubAppShell() {
  const session = useSignedIn();
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: "sm" }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={2} size="h4">
            PASRR hub
          </Title>
          <Group>
            <Text size="sm" data-signed-in-as={session.claims.role}>
              {session.label} · {session.claims.role.replace(/_/g, " ").toLowerCase()}
            </Text>
            <Button
              variant="default"
              size="xs"
              onClick={async () => {
                await signOut();
                void navigate("/sign-in");
              }}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Pages">
        {roleNavigation[session.claims.role].map((link) => (
          // `end`: a page's link is not also active on the pages below it (/paa on /paa/level-of-care).
          <NavLink key={link.path} component={RouterLink} to={link.path} end label={link.label} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Text role="status">Loading…</Text>}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
