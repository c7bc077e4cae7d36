import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text } from "@mantine/core";
import type { UltcAreaScoreInput, UltcResponsesInput } from "../../gql/graphql.ts";
import { areaLabels, ultcAreas, type UltcArea } from "./assessment-input.ts";

/** The instrument's scoring criteria (CO 10 CCR 2505-10 §8.401, A. Uniform Long-Term Care 100.2). */
const scores = [
  { value: "0", label: "0 — independent" },
  { value: "1", label: "1 — oversight or reminding" },
  { value: "2", label: "2 — hands-on or standby help" },
  { value: "3", label: "3 — dependent" },
];

interface UltcFormProps {
  value: UltcResponsesInput;
  onChange(next: UltcResponsesInput): void;
  /** Each area's "Due To" conditions, from the graph. */
  dueToOptions: Record<string, string[]>;
  /** The hub's problems by field (`ultc100_2.<area>`). */
  errors: Record<string, string>;
}

/** The ULTC 100.2: a score per area, and for a score of 1 or more the conditions that justify it. */
export function UltcForm({ value, onChange, dueToOptions, errors }: UltcFormProps) {
  return (
    <Stack gap="sm" data-form="ULTC_100_2">
      {ultcAreas.map((area) => (
        <UltcAreaFields
          key={area}
          area={area}
          value={value[area]}
          options={dueToOptions[area] ?? []}
          error={errors[`ultc100_2.${area}`]}
          onChange={(next) => onChange({ ...value, [area]: next })}
        />
      ))}
    </Stack>
  );
}

interface AreaProps {
  area: UltcArea;
  value: UltcAreaScoreInput;
  options: string[];
  error: string | undefined;
  onChange(next: UltcAreaScoreInput): void;
}

function UltcAreaFields({ area, value, options, error, onChange }: AreaProps) {
  const label = areaLabels[area];
  const dueTo = value.dueTo ?? [];
  return (
    <Fieldset legend={label} data-area={area} aria-invalid={error ? true : undefined}>
      <NativeSelect
        label={`${label}: score`}
        data={scores}
        value={String(value.score)}
        // A score of 0 needs no justification: its conditions are cleared with it.
        onChange={(event) => {
          const score = Number(event.currentTarget.value);
          onChange({ score, dueTo: score === 0 ? [] : dueTo });
        }}
        error={error}
      />
      {value.score >= 1 ? (
        <Checkbox.Group
          label={`${label}: due to`}
          description="A score of 1 or more must name at least one condition"
          value={dueTo}
          onChange={(next) => onChange({ ...value, dueTo: next })}
          mt="xs"
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4} mt={4}>
            {options.map((condition) => (
              <Checkbox key={condition} value={condition} label={condition} size="xs" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      ) : (
        <Text size="xs" c="dimmed" mt={4}>
          Independent: no condition needed.
        </Text>
      )}
    </Fieldset>
  );
}
