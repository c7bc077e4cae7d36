import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function ClaimBatch() {
  return <Title order={1}>ClaimBatch</Title>;
}
