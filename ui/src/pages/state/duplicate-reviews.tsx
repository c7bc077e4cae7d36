import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function DuplicateReviews() {
  return <Title order={1}>DuplicateReviews</Title>;
}
