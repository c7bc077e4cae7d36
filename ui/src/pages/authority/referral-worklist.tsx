import { Anchor, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { graphql, readFragment, type FragmentType } from "../../gql";
import type { ReferralStatus } from "../../gql/graphql.ts";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { DeterminationDialog } from "./determination-dialog.tsx";

export type StatusChoice = ReferralStatus | "ALL";

export const ReferralRowFragment = graphql(`
  fragment ReferralRow on LevelTwoReferral {
    id
    version
    authority
    awaitsAuthority
    status
    referredOn
    dueOn
    facilityCounty
    individual {
      id
      givenName
      familyName
    }
  }
`);

const ReferralWorklistQuery = graphql(`
  query AuthorityReferralWorklist($after: String, $filter: LevelTwoReferralFilter) {
    levelTwoReferrals(first: 25, after: $after, filter: $filter) {
      edges {
        node {
          id
          ...ReferralRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type ReferralRow = ReturnType<typeof readReferralRow>;
const readReferralRow = (row: FragmentType<typeof ReferralRowFragment>) => readFragment(ReferralRowFragment, row);

const authorityName = { MH: "MH", DD: "DD" } as const;

const columns: WorklistColumn<ReferralRow>[] = [
  {
    id: "person",
    header: "Person",
    accessorFn: (row) => `${row.individual.familyName ?? ""}, ${row.individual.givenName ?? ""}`,
  },
  {
    id: "authority",
    header: "Authority",
    accessorFn: (row) => `${authorityName[row.authority]}${row.awaitsAuthority ?? ""}`,
    // IL IV.D.3 (as LevelTwoReferral.awaitsAuthority states it): in a dual case the state sequences DD before MH.
    cell: ({ row }) => (
      <Text span size="sm">
        {authorityName[row.original.authority]}
        {row.original.awaitsAuthority ? ` (after the ${row.original.awaitsAuthority} determination)` : ""}
      </Text>
    ),
  },
  {
    id: "status",
    header: "Status",
    accessorKey: "status",
    cell: ({ row }) => (row.original.status === "OPEN" ? "Open" : "Determined"),
  },
  { id: "referredOn", header: "Referred on", accessorKey: "referredOn" },
  { id: "county", header: "County", accessorFn: (row) => row.facilityCounty ?? "—" },
];

const emptyText = (status: StatusChoice, canDetermine: boolean) => {
  const which = status === "ALL" ? "" : `${status === "OPEN" ? "open" : "determined"} `;
  return canDetermine ? `No ${which}referrals are assigned to your authority.` : `No ${which}Level II referrals in your organisation's scope.`;
};

/** The referrals the hub returns for this token, paged, with the authority's action per open row. */
export function ReferralWorklist({ status, canDetermine }: { status: StatusChoice; canDetermine: boolean }) {
  const { after, pageOf } = useCursorPages();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ReferralWorklistQuery,
    variables: { after, filter: status === "ALL" ? null : { status } },
  });
  const [determining, setDetermining] = useState<ReferralRow>();
  const connection = data?.levelTwoReferrals;
  const rows = (connection?.edges ?? []).map((edge) => readReferralRow(edge.node));
  return (
    <Stack gap="sm">
      <HubErrorNotice error={error} />
      {fetching && !data ? <Text role="status">Loading referrals…</Text> : null}
      {connection ? (
        <WorklistTable
          label="Level II referrals"
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => row.dueOn}
          action={(row) => <RowAction row={row} canDetermine={canDetermine} onRecord={() => setDetermining(row)} />}
          page={pageOf(connection.pageInfo)}
          empty={emptyText(status, canDetermine)}
        />
      ) : null}
      {determining ? (
        <DeterminationDialog referral={determining} onClose={() => setDetermining(undefined)} onRecorded={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
    </Stack>
  );
}

/** An authority records an open referral's determination; a determined referral's notices open as letters. */
function RowAction({ row, canDetermine, onRecord }: { row: ReferralRow; canDetermine: boolean; onRecord(): void }) {
  const who = `${row.individual.givenName ?? ""} ${row.individual.familyName ?? ""}`.trim();
  if (row.status === "DETERMINED")
    return (
      <Anchor component={Link} to={`/notices/level-two/${row.id}`} aria-label={`Notices of ${who}'s ${row.authority} determination`}>
        Notices
      </Anchor>
    );
  if (!canDetermine) return null;
  return (
    <Button size="xs" onClick={onRecord} aria-label={`Record determination for ${who} (${row.authority})`}>
      Record determination
    </Button>
  );
}
