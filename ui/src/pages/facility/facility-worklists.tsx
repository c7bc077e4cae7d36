import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function FacilityWorklists() {
  return <Title order={1}>FacilityWorklists</Title>;
}
