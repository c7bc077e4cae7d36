import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function PersonSearch() {
  return <Title order={1}>PersonSearch</Title>;
}
