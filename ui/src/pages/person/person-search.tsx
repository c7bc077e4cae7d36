import { Anchor, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { IndividualSearchInput, PersonSearchQuery } from "../../gql/graphql.ts";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { codeWords } from "../../words/coverage-words.ts";

const PersonSearchQueryDocument = graphql(`
  query PersonSearch($criteria: IndividualSearchInput!, $after: String) {
    searchIndividuals(criteria: $criteria, first: 20, after: $after) {
      edges {
        cursor
        node {
          score
          reasons {
            field
            agreement
            weight
          }
          individual {
            id
            givenName
            familyName
            birthDate
            county
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Match = PersonSearchQuery["searchIndividuals"]["edges"][number]["node"];
const column = createColumnHelper<Match>();

const columns: WorklistColumn<Match>[] = [
  column.accessor((m) => `${m.individual?.familyName ?? ""}, ${m.individual?.givenName ?? ""}`, { id: "name", header: "Name" }),
  column.accessor((m) => m.individual?.birthDate ?? "", { id: "birthDate", header: "Born" }),
  column.accessor((m) => m.individual?.county ?? "", { id: "county", header: "County" }),
  column.accessor("score", { header: "Score", cell: (c) => c.getValue<number>().toFixed(1) }),
  column.accessor(
    (m) => m.reasons.filter((r) => r.agreement !== "MISSING").map((r) => `${codeWords(r.field)}: ${codeWords(r.agreement)} (${r.weight.toFixed(1)})`),
    {
      id: "reasons",
      header: "Why it matched",
      enableSorting: false,
      cell: (c) => c.getValue<string[]>().join("; "),
    },
  ),
];

/** The form's fields as the graph's search criteria: only what was filled in. */
function criteriaOf(form: FormData): IndividualSearchInput {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const medicaidId = text("medicaidId");
  const issuer = text("issuer") || "OH";
  return {
    ...(text("givenName") && { givenName: text("givenName") }),
    ...(text("familyName") && { familyName: text("familyName") }),
    ...(text("birthDate") && { birthDate: text("birthDate") }),
    ...(medicaidId && { identifier: { type: "MEDICAID_ID", issuer, value: medicaidId } }),
  };
}

function SearchForm({ onSearch }: { onSearch(criteria: IndividualSearchInput): void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(criteriaOf(new FormData(event.currentTarget)));
  };
  return (
    <form onSubmit={submit} aria-label="Search people">
      <Group align="end">
        <TextInput name="givenName" label="Given name" />
        <TextInput name="familyName" label="Family name" />
        {/* Typed as the graph's YYYY-MM-DD, not a browser date picker that shows the browser's locale. */}
        <TextInput name="birthDate" label="Date of birth" placeholder="YYYY-MM-DD" pattern="\d{4}-\d{2}-\d{2}" title="A date as YYYY-MM-DD" />
        <TextInput name="medicaidId" label="Medicaid ID" />
        <TextInput name="issuer" label="Issued by (state)" defaultValue="OH" w={130} />
        <Button type="submit">Search</Button>
      </Group>
    </form>
  );
}

function SearchResults({ criteria }: { criteria: IndividualSearchInput }) {
  const { after, pageOf } = useCursorPages();
  const [{ data, error, fetching }] = useQuery({ query: PersonSearchQueryDocument, variables: { criteria, after } });
  const connection = data?.searchIndividuals;
  return (
    <>
      <HubErrorNotice error={error} />
      {fetching && <Text role="status">Searching…</Text>}
      {connection && (
        <WorklistTable
          label="People found"
          rows={connection.edges.map((edge) => edge.node).filter((m) => m.individual)}
          columns={columns}
          rowKey={(m) => m.individual!.id}
          action={(m) => (
            <Anchor component={Link} to={`/people/${m.individual!.id}`}>
              Timeline of {m.individual!.givenName} {m.individual!.familyName}
            </Anchor>
          )}
          page={pageOf(connection.pageInfo)}
          empty="No one on record matches. Check the spelling, or search by date of birth or Medicaid ID."
        />
      )}
    </>
  );
}

/**
 * Find a person (PAA and state agency: `searchIndividuals`), best match first with the score and
 * the reasons it rests on, and open their timeline. Other roles reach a timeline from their
 * worklists by the person's id.
 */
export default function PersonSearch() {
  const [criteria, setCriteria] = useState<IndividualSearchInput>();
  return (
    <Stack>
      <Title order={1}>Find a person</Title>
      <SearchForm onSearch={setCriteria} />
      {criteria && Object.keys(criteria).length === 0 && <Text role="status">Enter a family name, a date of birth or a Medicaid ID.</Text>}
      {criteria && Object.keys(criteria).length > 0 && <SearchResults key={JSON.stringify(criteria)} criteria={criteria} />}
    </Stack>
  );
}
