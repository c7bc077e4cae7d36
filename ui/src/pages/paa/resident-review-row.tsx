import { graphql, readFragment, type FragmentType } from "../../gql";
import type { WorklistColumn } from "../../worklist/worklist-table.tsx";
import { FacilityName } from "./facility-names.tsx";
import { PersonName, personSortKey } from "./person-name.tsx";
import { reviewReasonWords, words } from "../../words/resident-review-words.ts";

/** What every Resident Review list shows of a review. */
export const ResidentReviewRowFragment = graphql(`
  fragment PaaResidentReviewRow on ResidentReview {
    id
    facilityId
    reason
    triggeredOn
    dueOn
    completedOn
    endedOn
    source
    individual {
      ...PaaPersonName
    }
  }
`);

export type ResidentReviewRow = ReturnType<typeof readReviewRow>;
export const readReviewRow = (edge: { node: FragmentType<typeof ResidentReviewRowFragment> }) => readFragment(ResidentReviewRowFragment, edge.node);

export const personColumn: WorklistColumn<ResidentReviewRow> = {
  id: "person",
  header: "Person",
  accessorFn: (row) => personSortKey(row.individual),
  cell: ({ row }) => <PersonName person={row.original.individual} />,
};
export const facilityColumn: WorklistColumn<ResidentReviewRow> = {
  id: "facility",
  header: "Facility",
  accessorKey: "facilityId",
  cell: ({ row }) => <FacilityName id={row.original.facilityId} />,
};

/** A Resident Review worklist's columns: who, where, why (the trigger) and since when. */
export const reviewColumns: WorklistColumn<ResidentReviewRow>[] = [
  personColumn,
  facilityColumn,
  { id: "reason", header: "Why due", accessorFn: (row) => words(row.reason, reviewReasonWords) },
  { id: "triggeredOn", header: "Triggered on", accessorKey: "triggeredOn" },
];
