import { Checkbox, Fieldset, NativeSelect, SimpleGrid } from "@mantine/core";
import type { CsaBehaviorInput } from "../../gql/graphql.ts";
import { behaviorStatuses, csaFrequencies, escalationLikelihoods, inWords } from "./assessment-input.ts";

const choices = (values: string[]) => values.map((value) => ({ value, label: inWords(value) }));

/** Behavior status and interventions of the CSA (CO 10 CCR 2505-10 §8.401.16.B.1.ii.2). */
export function CsaBehaviorFields({ value, onChange }: { value: CsaBehaviorInput; onChange(next: CsaBehaviorInput): void }) {
  const set = <K extends keyof CsaBehaviorInput>(key: K, next: CsaBehaviorInput[K]) => onChange({ ...value, [key]: next });
  return (
    <Fieldset legend="Behaviors (§8.401.16.B.1.ii.2)">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label="Injury to self, physical aggression or property destruction"
          data={choices(behaviorStatuses)}
          value={value.injuryAggressionOrDestruction}
          onChange={(event) => set("injuryAggressionOrDestruction", event.currentTarget.value as CsaBehaviorInput["injuryAggressionOrDestruction"])}
        />
        <NativeSelect
          label="Escalation if services were withdrawn"
          data={choices(escalationLikelihoods)}
          value={value.escalationIfServicesWithdrawn}
          onChange={(event) => set("escalationIfServicesWithdrawn", event.currentTarget.value as CsaBehaviorInput["escalationIfServicesWithdrawn"])}
        />
        <NativeSelect
          label="Cueing required"
          data={choices(csaFrequencies)}
          value={value.cueing}
          onChange={(event) => set("cueing", event.currentTarget.value as CsaBehaviorInput["cueing"])}
        />
        <NativeSelect
          label="Physical intervention required"
          data={choices(csaFrequencies)}
          value={value.physicalIntervention}
          onChange={(event) => set("physicalIntervention", event.currentTarget.value as CsaBehaviorInput["physicalIntervention"])}
        />
        <NativeSelect
          label="Planned intervention required"
          data={choices(csaFrequencies)}
          value={value.plannedIntervention}
          onChange={(event) => set("plannedIntervention", event.currentTarget.value as CsaBehaviorInput["plannedIntervention"])}
        />
      </SimpleGrid>
      <Checkbox
        mt="sm"
        label="Verbal aggression currently requires interventions or presents symptoms"
        checked={value.verbalAggressionCurrently}
        onChange={(event) => set("verbalAggressionCurrently", event.currentTarget.checked)}
      />
      <Checkbox
        mt="xs"
        label="Presents threats to their own or others' safety"
        checked={value.threatToSafety}
        onChange={(event) => set("threatToSafety", event.currentTarget.checked)}
      />
    </Fieldset>
  );
}
