import { Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { graphql, readFragment, type FragmentType } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import type { PersonToAssess } from "./assessment-input.ts";
import { renewalDueOn, renewalLeadDays, renewalWindows } from "./renewal-rules.ts";

const RenewalRowFields = graphql(`
  fragment RenewalRowFields on LevelOfCareDetermination {
    id
    levelOfCareType
    effectiveFrom
    effectiveThrough
    county
    individual {
      id
      givenName
      familyName
    }
    facility {
      id
      name
    }
  }
`);

const RenewalsDueQuery = graphql(`
  query LevelOfCareRenewalsDueWorklist($asOf: Date!, $withinDays: Int!, $after: String) {
    levelOfCareRenewalsDue(asOf: $asOf, withinDays: $withinDays, first: 25, after: $after) {
      edges {
        node {
          ...RenewalRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type RenewalRow = ReturnType<typeof readRow>;
const readRow = (node: FragmentType<typeof RenewalRowFields>) => readFragment(RenewalRowFields, node);
const nameOf = (row: RenewalRow) => [row.individual.givenName, row.individual.familyName].filter(Boolean).join(" ") || row.individual.id;

const columns: WorklistColumn<RenewalRow>[] = [
  { id: "person", header: "Person", accessorFn: nameOf },
  { id: "facility", header: "Facility", accessorFn: (row) => row.facility?.name ?? "—" },
  { id: "county", header: "County", accessorFn: (row) => row.county ?? "—" },
  { id: "type", header: "Level of care", accessorFn: (row) => row.levelOfCareType.replace(/_/g, " ").toLowerCase() },
  { id: "expires", header: "Expires", accessorFn: (row) => row.effectiveThrough ?? "" },
];

/** Approvals expiring soon in the PAA's counties, soonest first; a renewal's due date is marked by the hub's today. */
export function RenewalsDue({ onAssess }: { onAssess(person: PersonToAssess): void }) {
  const today = useHubToday();
  const [withinDays, setWithinDays] = useState<number>(renewalWindows[0]);
  const { after, pageOf } = useCursorPages();
  const [{ data, error, fetching }] = useQuery({ query: RenewalsDueQuery, variables: { asOf: today, withinDays, after }, requestPolicy: "cache-and-network" });
  const connection = data?.levelOfCareRenewalsDue;
  const rows = (connection?.edges ?? []).map((edge) => readRow(edge.node));
  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Text size="sm" maw={640}>
          Approvals expiring from {today} within the window. A renewal is due {renewalLeadDays} days before the approval expires (CT: 7–10 days before).
        </Text>
        <NativeSelect
          label="Expiring within"
          data={renewalWindows.map((days) => ({ value: String(days), label: `${days} days` }))}
          value={String(withinDays)}
          onChange={(event) => setWithinDays(Number(event.currentTarget.value))}
        />
      </Group>
      <HubErrorNotice error={error} />
      {fetching && !data ? <Text role="status">Loading renewals…</Text> : null}
      {data ? (
        <WorklistTable
          label="Level of Care renewals due"
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => (row.effectiveThrough ? renewalDueOn(row.effectiveThrough) : null)}
          action={(row) => (
            <Button size="xs" variant="light" onClick={() => onAssess({ id: row.individual.id, name: nameOf(row), facilityId: row.facility?.id ?? null })}>
              Assess {nameOf(row)}
            </Button>
          )}
          page={pageOf(connection?.pageInfo)}
          empty={`No approval in your counties expires within ${withinDays} days.`}
        />
      ) : null}
    </Stack>
  );
}
