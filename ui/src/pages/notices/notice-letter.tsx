import { Title } from "@mantine/core";

/** Issue 23: to be built. */
export default function NoticeLetter() {
  return <Title order={1}>NoticeLetter</Title>;
}
