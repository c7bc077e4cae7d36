import { Select } from "@mantine/core";
import type { AdmissionSource, DischargeDestination, Payer } from "../../gql/graphql.ts";
import { admissionSourceWords, destinationWords, optionsOf, payerWords } from "./census-words.ts";
import type { CensusEventDraft } from "./census-event-draft.ts";
import { kindFields } from "./census-event-draft.ts";
import { useFacilityRegistry } from "./facility-registry.ts";

export interface DraftFieldsProps {
  facilityId: string;
  draft: CensusEventDraft;
  change(patch: Partial<CensusEventDraft>): void;
  errors: Record<string, string>;
}

/**
 * The facts a movement carries, only those of its kind (facilities census validation): an
 * admission's source and payer (and the source facility when on the hub), a transfer's receiving
 * facility, a discharge's destination, a payer change's payer.
 */
export function EventKindFields({ facilityId, draft, change, errors }: DraftFieldsProps) {
  const fields = kindFields[draft.kind];
  return (
    <>
      {fields.includes("admissionSource") && (
        <Select
          label="Admitted from"
          data={optionsOf(admissionSourceWords)}
          value={draft.admissionSource}
          onChange={(value) => change({ admissionSource: value as AdmissionSource | null, fromFacilityId: null })}
          error={errors.admissionSource}
          required
        />
      )}
      {fields.includes("fromFacilityId") && <SourceFacility facilityId={facilityId} draft={draft} change={change} errors={errors} />}
      {fields.includes("payer") && (
        <Select
          label={draft.kind === "ADMISSION" ? "Payer from admission" : "Payer from this day"}
          data={optionsOf(payerWords)}
          value={draft.payer}
          onChange={(value) => change({ payer: value as Payer | null })}
          error={errors.payer}
          required
        />
      )}
      {fields.includes("toFacilityId") && <ReceivingFacility facilityId={facilityId} draft={draft} change={change} errors={errors} />}
      {fields.includes("dischargeDestination") && (
        <Select
          label="Discharged to"
          data={optionsOf(destinationWords)}
          value={draft.dischargeDestination}
          onChange={(value) => change({ dischargeDestination: value as DischargeDestination | null })}
          error={errors.dischargeDestination}
          required
        />
      )}
    </>
  );
}

function SourceFacility({ facilityId, draft, change, errors }: DraftFieldsProps) {
  const options = useOtherFacilities(facilityId);
  if (!draft.admissionSource) return null;
  return (
    <Select
      label="Source facility (when on the hub)"
      description="The hub checks that it is the kind of place the admission source says (facilities census.rules.ts)."
      data={options}
      value={draft.fromFacilityId}
      onChange={(value) => change({ fromFacilityId: value })}
      error={errors.fromFacilityId}
      clearable
      searchable
    />
  );
}

/**
 * Every other facility of the registry, its type in its label. Which kinds of place an admission
 * source or a transfer may name is the facilities subgraph's rule (census.rules.ts); the page does
 * not keep a copy that could drift from it: the hub refuses a wrong one on the field.
 */
function useOtherFacilities(facilityId: string) {
  const { facilities } = useFacilityRegistry();
  return facilities
    .filter((f) => f.id !== facilityId)
    .map((f) => ({ value: f.id, label: `${f.name} (${f.providerNumber}, ${f.type.replace(/_/g, " ").toLowerCase()})` }));
}

/** OH COA guide: a transfer goes to another facility that keeps a census (the hub checks: census.rules.ts transferTargetProblem). */
function ReceivingFacility({ facilityId, draft, change, errors }: DraftFieldsProps) {
  const options = useOtherFacilities(facilityId);
  return (
    <Select
      label="Receiving facility"
      data={options}
      value={draft.toFacilityId}
      onChange={(value) => change({ toFacilityId: value })}
      error={errors.toFacilityId}
      required
      searchable
    />
  );
}
