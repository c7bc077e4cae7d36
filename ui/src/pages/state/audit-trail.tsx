import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function AuditTrail() {
  return <Title order={1}>AuditTrail</Title>;
}
