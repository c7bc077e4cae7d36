import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function StateDashboard() {
  return <Title order={1}>StateDashboard</Title>;
}
