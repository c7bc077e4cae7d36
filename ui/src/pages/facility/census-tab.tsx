import { Button, Stack, Text } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { CensusTodayQuery } from "../../gql/graphql.ts";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { payerWords, personName, presenceWords } from "./census-words.ts";

const CensusTodayQueryDoc = graphql(`
  query CensusToday($facilityId: ID!) {
    facility(id: $facilityId) {
      id
      residents {
        individual {
          id
          givenName
          familyName
          birthDate
        }
        stay {
          id
          admittedOn
        }
        presence
        payer
      }
    }
  }
`);

type Resident = NonNullable<CensusTodayQuery["facility"]>["residents"][number];

const columns: WorklistColumn<Resident>[] = [
  { id: "name", header: "Resident", accessorFn: (row) => personName(row.individual) },
  { id: "birthDate", header: "Born", accessorFn: (row) => row.individual.birthDate ?? "—" },
  { id: "since", header: "Resident since", accessorFn: (row) => row.stay.admittedOn },
  { id: "payer", header: "Payer today", accessorFn: (row) => (row.payer ? payerWords[row.payer] : "Not on record") },
  { id: "presence", header: "Today", accessorFn: (row) => presenceWords[row.presence] },
];

/**
 * Today's census (Facility.residents: the census on the hub's today): who lives here, since when,
 * who pays, and who is away on leave with the bed held.
 */
export function CensusTab({ facilityId, onRecord }: { facilityId: string; onRecord(individualId: string): void }) {
  const [{ data, error }] = useQuery({ query: CensusTodayQueryDoc, variables: { facilityId }, requestPolicy: "cache-and-network" });
  const residents = data?.facility?.residents ?? [];
  return (
    <Stack>
      <HubErrorNotice error={error} />
      {data && (
        <Text>
          {residents.length} {residents.length === 1 ? "resident" : "residents"} on today's census,{" "}
          {residents.filter((r) => r.presence !== "IN_FACILITY").length} away on leave.
        </Text>
      )}
      {data?.facility ? (
        <WorklistTable
          label="Today's census"
          rows={residents}
          columns={columns}
          rowKey={(row) => row.individual.id}
          action={(row) => (
            <Button size="xs" variant="light" onClick={() => onRecord(row.individual.id)} aria-label={`Record an event for ${personName(row.individual)}`}>
              Record an event
            </Button>
          )}
          empty="No one is on this facility's census today."
          initialSort={[{ id: "name", desc: false }]}
        />
      ) : null}
    </Stack>
  );
}
