import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function PaaWorklists() {
  return <Title order={1}>PaaWorklists</Title>;
}
