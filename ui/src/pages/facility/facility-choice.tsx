import { Select, Text } from "@mantine/core";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { useFacilityRegistry } from "./facility-registry.ts";

export interface FacilityChoiceProps {
  facilityIds: string[];
  chosen: string | null;
  onChoose(id: string): void;
}

/**
 * The facility the page works on: the token's facilities (for the menus only; the hub decides what
 * each may read), by name; a chooser only when the organisation has more than one.
 */
export function FacilityChoice({ facilityIds, chosen, onChoose }: FacilityChoiceProps) {
  const { label, error } = useFacilityRegistry();
  if (facilityIds.length === 0) return <Text role="status">Your sign-in names no facility; ask the state Medicaid agency to add yours.</Text>;
  return (
    <>
      <HubErrorNotice error={error} />
      {facilityIds.length === 1 ? (
        <Text size="lg" data-facility={facilityIds[0]}>
          {label(facilityIds[0]!)}
        </Text>
      ) : (
        <Select
          label="Facility"
          data={facilityIds.map((id) => ({ value: id, label: label(id) }))}
          value={chosen}
          onChange={(id) => id && onChoose(id)}
          allowDeselect={false}
          maw={480}
        />
      )}
    </>
  );
}
