import { Button, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import "./notice-print.css";

/** One printed letter: a letter-sized sheet on screen, one page of its own when printed. */
export function LetterSheet({ noticeId, heading, children }: { noticeId: string; heading: string; children: ReactNode }) {
  const headingId = `notice-${noticeId}-heading`;
  return (
    <article className="notice-letter" data-notice-id={noticeId} id={`notice-${noticeId}`} aria-labelledby={headingId}>
      <Title order={2} id={headingId} size="h3" mb="md">
        {heading}
      </Title>
      {children}
    </article>
  );
}

/** The page's title and its print button: neither is printed, the letters are. */
export function LetterPageHeader({ title, about }: { title: string; about: string }) {
  return (
    <Stack gap="xs" mb="md" data-no-print>
      <Title order={1}>{title}</Title>
      <Text size="sm">{about}</Text>
      <Group>
        <Button onClick={() => window.print()}>Print / save as PDF</Button>
      </Group>
    </Stack>
  );
}

/** A term of the letter and what the graph holds for it; `field` names it for a reader checking the letter against the graph. */
export function LetterTerm({ term, field, children }: { term: string; field: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-field={field}>{children}</dd>
    </>
  );
}

/** A part of the letter under its own heading. */
export function LetterSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h3 style={{ fontSize: "1.05em", margin: "1rem 0 0.25rem" }}>{title}</h3>
      {children}
    </section>
  );
}

/** A list the graph holds (reasons, services, recipients), or what its absence means. */
export function LetterList({ items, field, none }: { items: string[]; field: string; none: string }) {
  if (items.length === 0) return <Text data-field={field}>{none}</Text>;
  return (
    <List data-field={field}>
      {items.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  );
}
