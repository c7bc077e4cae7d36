import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function LevelOfCareWorklists() {
  return <Title order={1}>LevelOfCareWorklists</Title>;
}
