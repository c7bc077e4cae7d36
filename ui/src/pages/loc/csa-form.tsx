import { Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack } from "@mantine/core";
import type { CsaResponsesInput } from "../../gql/graphql.ts";
import { areaLabels, csaAdlAreas, impairmentLevels, inWords } from "./assessment-input.ts";
import { CsaBehaviorFields } from "./csa-behavior-fields.tsx";

interface CsaFormProps {
  value: CsaResponsesInput;
  onChange(next: CsaResponsesInput): void;
  /** Each ADL area's criteria by roman numeral, from the graph. */
  criteriaOptions: Record<string, string[]>;
  /** The hub's problems by field (`csa.adlCriteriaMet.<area>`). */
  errors: Record<string, string>;
}

/** The Colorado Single Assessment LOC screen for adults (CO 10 CCR 2505-10 §8.401.16.B.1). */
export function CsaForm({ value, onChange, criteriaOptions, errors }: CsaFormProps) {
  return (
    <Stack gap="sm" data-form="CSA">
      <CsaAdlFields value={value} onChange={onChange} criteriaOptions={criteriaOptions} errors={errors} />
      <CsaBehaviorFields value={value.behavior} onChange={(behavior) => onChange({ ...value, behavior })} />
      <CsaCognitionFields value={value} onChange={onChange} />
      <Fieldset legend="Sensory and communication (§8.401.16.B.1.ii.4)">
        <Checkbox
          label="Frequently has difficulty expressing needs or ideas to familiar people"
          checked={value.communication.frequentDifficultyExpressingNeeds}
          onChange={(event) =>
            onChange({ ...value, communication: { ...value.communication, frequentDifficultyExpressingNeeds: event.currentTarget.checked } })
          }
        />
        <Checkbox
          mt="xs"
          label="Rarely or never expresses themself, or is very difficult to understand"
          checked={value.communication.rarelyOrNeverExpressesOrVeryHardToUnderstand}
          onChange={(event) =>
            onChange({ ...value, communication: { ...value.communication, rarelyOrNeverExpressesOrVeryHardToUnderstand: event.currentTarget.checked } })
          }
        />
      </Fieldset>
    </Stack>
  );
}

/** The ADL and health-condition criteria met, by the rule's roman numeral (§8.401.16.B.1.ii.1.a–g). */
function CsaAdlFields({ value, onChange, criteriaOptions, errors }: CsaFormProps) {
  return (
    <Fieldset legend="ADLs and health condition: criteria met (§8.401.16.B.1.ii.1)">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {csaAdlAreas.map((area) => (
          <Checkbox.Group
            key={area}
            label={`${areaLabels[area]}: criteria met`}
            value={value.adlCriteriaMet[area] ?? []}
            error={errors[`csa.adlCriteriaMet.${area}`]}
            onChange={(met) => onChange({ ...value, adlCriteriaMet: { ...value.adlCriteriaMet, [area]: met } })}
          >
            <Group gap="xs" mt={4}>
              {(criteriaOptions[area] ?? []).map((numeral) => (
                <Checkbox key={numeral} value={numeral} label={numeral} aria-label={`${areaLabels[area]} criterion ${numeral}`} size="xs" />
              ))}
            </Group>
          </Checkbox.Group>
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

const cognitionAreas = [
  ["memory", "Memory"],
  ["attention", "Attention"],
  ["problemSolving", "Problem solving"],
  ["planning", "Planning"],
  ["judgment", "Judgment"],
] as const;

/** Level of impairment per memory-and-cognition area (§8.401.16.B.1.ii.3). */
function CsaCognitionFields({ value, onChange }: Pick<CsaFormProps, "value" | "onChange">) {
  return (
    <Fieldset legend="Memory and cognition (§8.401.16.B.1.ii.3)">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {cognitionAreas.map(([key, label]) => (
          <NativeSelect
            key={key}
            label={label}
            data={impairmentLevels.map((level) => ({ value: level, label: inWords(level) }))}
            value={value.cognition[key]}
            onChange={(event) =>
              onChange({ ...value, cognition: { ...value.cognition, [key]: event.currentTarget.value as (typeof impairmentLevels)[number] } })
            }
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
