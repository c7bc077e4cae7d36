import { Stack, Text } from "@mantine/core";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { findingSources, isFinding } from "./compliance-findings.rules.ts";
import { personName, reviewReasonWords } from "./census-words.ts";
import { useOverdueReviews, useReviewsDue, type ResidentReviewRow } from "./resident-reviews.ts";

const columns: WorklistColumn<ResidentReviewRow>[] = [
  { id: "name", header: "Resident", accessorFn: (row) => personName(row.individual) },
  { id: "finding", header: "Finding", accessorFn: (row) => reviewReasonWords[row.reason] },
  { id: "triggeredOn", header: "Admitted", accessorFn: (row) => row.triggeredOn },
  { id: "rule", header: "Counted against the facility by", accessorFn: (row) => findingSources[row.reason] ?? "" },
  {
    id: "source",
    header: "Source (as the hub recorded it)",
    accessorFn: (row) => row.source,
    cell: ({ getValue }) => <Text size="sm">{String(getValue())}</Text>,
  },
];

/**
 * Compliance findings for the facility's residents: the open Resident Reviews whose trigger is
 * a finding (no PAS on admission, admitted while the Level II was open), in words with the
 * source. A Level I dated after the admission is recorded done, late, by that screen, so it is
 * no longer open and not listed here.
 */
export function FindingsTab({ facilityId }: { facilityId: string }) {
  const overdue = useOverdueReviews(facilityId);
  const due = useReviewsDue(facilityId);
  const seen = new Set<string>();
  const findings = [...overdue.rows, ...due.rows].filter((row) => isFinding(row.reason) && !seen.has(row.id) && seen.add(row.id));
  return (
    <Stack>
      <Text>Admissions the PASRR rules count against the facility, until the review they make due is done.</Text>
      <HubErrorNotice error={overdue.error} />
      <HubErrorNotice error={due.error} />
      {overdue.loaded && due.loaded && (
        <WorklistTable
          label="Compliance findings"
          rows={findings}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => row.dueOn}
          empty="No open compliance finding for this facility's residents."
        />
      )}
    </Stack>
  );
}
