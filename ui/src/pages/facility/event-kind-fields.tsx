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

/** The kinds of place each admission source may name (facilities census.rules.ts sourceFacilityTypes). */
const sourceTypes: Record<AdmissionSource, readonly string[]> = {
  HOSPITAL_INPATIENT: ["HOSPITAL"],
  HOSPITAL_EMERGENCY_OR_OBSERVATION: ["HOSPITAL"],
  PSYCHIATRIC_UNIT: ["HOSPITAL", "PSYCHIATRIC_HOSPITAL"],
  ANOTHER_NURSING_FACILITY: ["NURSING_FACILITY", "ICF_IID"],
  COMMUNITY: [],
  OUT_OF_STATE: ["HOSPITAL", "PSYCHIATRIC_HOSPITAL", "NURSING_FACILITY", "ICF_IID"],
};

function SourceFacility({ facilityId, draft, change, errors }: DraftFieldsProps) {
  const { facilities } = useFacilityRegistry();
  const allowed = draft.admissionSource ? sourceTypes[draft.admissionSource] : [];
  if (allowed.length === 0 && !errors.fromFacilityId) return null;
  const options = facilities
    .filter((f) => allowed.includes(f.type) && f.id !== facilityId)
    .map((f) => ({ value: f.id, label: `${f.name} (${f.providerNumber})` }));
  return (
    <Select
      label="Source facility (when on the hub)"
      data={options}
      value={draft.fromFacilityId}
      onChange={(value) => change({ fromFacilityId: value })}
      error={errors.fromFacilityId}
      clearable
      searchable
    />
  );
}

/** OH COA guide: a transfer goes to another facility that keeps a census (census.rules.ts transferTargetProblem). */
function ReceivingFacility({ facilityId, draft, change, errors }: DraftFieldsProps) {
  const { facilities } = useFacilityRegistry();
  const options = facilities
    .filter((f) => (f.type === "NURSING_FACILITY" || f.type === "ICF_IID") && f.id !== facilityId)
    .map((f) => ({ value: f.id, label: `${f.name} (${f.providerNumber})` }));
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
