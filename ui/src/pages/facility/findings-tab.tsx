import { Stack, Text } from "@mantine/core";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { WorklistTable, type WorklistColumn } from "../../worklist/worklist-table.tsx";
import { findingSources, reviewReasonWords } from "../../words/resident-review-words.ts";
import { personName } from "./census-words.ts";
import { findingsSinceDays, useComplianceFindings, type ResidentReviewRow } from "./resident-reviews.ts";

const status = (row: ResidentReviewRow) => (row.completedOn ? `Met late, on ${row.completedOn}` : row.endedOn ? `Left on ${row.endedOn}` : "Open");

const columns: WorklistColumn<ResidentReviewRow>[] = [
  { id: "name", header: "Resident", accessorFn: (row) => personName(row.individual) },
  { id: "finding", header: "Finding", accessorFn: (row) => reviewReasonWords[row.reason] },
  { id: "triggeredOn", header: "Admitted", accessorFn: (row) => row.triggeredOn },
  { id: "status", header: "Status", accessorFn: status },
  { id: "source", header: "Source", accessorFn: (row) => findingSources[row.reason] ?? row.source, cell: ({ row }) => <FindingSource row={row.original} /> },
];

/**
 * Compliance findings for the facility's residents (Query.residentReviewFindings): Resident
 * Reviews whose trigger is a finding — no PAS on admission, a Level I dated after the admission,
 * admitted while the Level II was open — in words with the source, open or met late.
 */
export function FindingsTab({ facilityId }: { facilityId: string }) {
  const findings = useComplianceFindings(facilityId);
  return (
    <Stack>
      <Text>
        Admissions of the last {findingsSinceDays} days that the PASRR rules count against the facility; an open one is overdue until its review is done.
      </Text>
      <HubErrorNotice error={findings.error} />
      {findings.loaded && (
        <WorklistTable
          label="Compliance findings"
          rows={findings.rows}
          columns={columns}
          rowKey={(row) => row.id}
          dueOn={(row) => (row.completedOn || row.endedOn ? null : row.dueOn)}
          page={findings.page}
          empty="No compliance finding for this facility's admissions."
        />
      )}
    </Stack>
  );
}

/** The rule that makes it a finding, and below it the hub's own record of the rule it applied. */
function FindingSource({ row }: { row: ResidentReviewRow }) {
  return (
    <>
      <Text size="sm">{findingSources[row.reason]}</Text>
      <Text size="xs" c="gray.7">
        Hub: {row.source}
      </Text>
    </>
  );
}
