import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function PersonTimeline() {
  return <Title order={1}>PersonTimeline</Title>;
}
