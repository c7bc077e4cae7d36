import { Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { DecideCategoricalModal } from "./decide-categorical-modal.tsx";
import { FacilityName } from "./facility-names.tsx";
import { ActionDone } from "./hub-answer.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { PersonName, personSortKey } from "./person-name.tsx";

const CategoricalRequestsQuery = graphql(`
  query PaaCategoricalRequests($first: Int!, $after: String) {
    categoricalRequests(first: $first, after: $after) {
      edges {
        node {
          id
          version
          screenedOn
          facilityId
          categoricalType
          levelTwoCategory
          categoricalDueOn
          individual {
            ...PaaPersonName
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

export type RequestRow = ResultOf<typeof CategoricalRequestsQuery>["categoricalRequests"]["edges"][number]["node"];

const lower = (value: string | null | undefined) => (value ? value.replace(/_/g, " ").toLowerCase() : "—");
const columns: WorklistColumn<RequestRow>[] = [
  { id: "person", header: "Person", accessorFn: (row) => personSortKey(row.individual), cell: ({ row }) => <PersonName person={row.original.individual} /> },
  { id: "facility", header: "Facility", accessorKey: "facilityId", cell: ({ row }) => <FacilityName id={row.original.facilityId} /> },
  { id: "screenedOn", header: "Screened on", accessorKey: "screenedOn" },
  { id: "categorical", header: "Categorical asked for", accessorFn: (row) => lower(row.categoricalType) },
  { id: "indications", header: "Indications", accessorFn: (row) => row.levelTwoCategory ?? "—" },
];

/**
 * The categoricals the state's policy has this PAA decide (CO 8.401.192: the Utilization Review
 * Contractor, acting as the PAA), soonest due first; under a pack where the Level II authorities
 * decide them, the hub answers with an empty list and the page says so.
 */
export function CategoricalRequestsTab() {
  const paging = useCursorPages();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: CategoricalRequestsQuery, variables: { first: 20, after: paging.after } });
  const connection = data?.categoricalRequests;
  const [deciding, setDeciding] = useState<RequestRow>();
  const [answer, setAnswer] = useState<string>();
  return (
    <Stack gap="sm">
      <ActionDone text={answer} />
      <HubErrorNotice error={error} />
      {connection && (
        <WorklistTable
          label="Categorical requests to decide"
          rows={connection.edges.map((edge) => edge.node)}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => row.categoricalDueOn}
          page={paging.pageOf(connection.pageInfo)}
          empty={fetching ? "Loading…" : "No categorical requests await your decision (the state's policy may have another authority decide them)."}
          action={(row) => (
            <Button size="xs" onClick={() => setDeciding(row)}>
              Decide
            </Button>
          )}
        />
      )}
      <Text size="xs" c="gray.7">
        A grant admits without a full Level II for the categorical&apos;s time limit; a denial opens the Level II referral.
      </Text>
      {deciding && (
        <DecideCategoricalModal
          request={deciding}
          onClose={() => setDeciding(undefined)}
          onDone={(text) => {
            setDeciding(undefined);
            setAnswer(text);
            reexecute({ requestPolicy: "network-only" });
          }}
        />
      )}
    </Stack>
  );
}
