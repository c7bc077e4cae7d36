import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function AuthorityWorklists() {
  return <Title order={1}>AuthorityWorklists</Title>;
}
