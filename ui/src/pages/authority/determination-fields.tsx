import { Checkbox, Fieldset, NativeSelect, Radio, Group, Stack, TextInput, Textarea } from "@mantine/core";
import { CalendarDateInput } from "../../calendar/calendar-date-input.tsx";
import type { LevelTwoAuthority } from "../../gql/graphql.ts";
import type { DeterminationValues } from "./determination-values.ts";

export interface FieldsProps {
  values: DeterminationValues;
  set<K extends keyof DeterminationValues>(key: K, value: DeterminationValues[K]): void;
  /** The hub's complaint about a field, when it named one (BAD_USER_INPUT `extensions.field`). */
  errorFor(field: keyof DeterminationValues): string | undefined;
  authority: LevelTwoAuthority;
}

/** What the evaluation found (CO 8.401.201 A–C: condition, NF level of services, specialized services). */
export function FindingsFields({ values, set, errorFor, authority }: FieldsProps) {
  return (
    <Fieldset legend="Findings">
      <Stack gap="xs">
        <Checkbox
          label={
            authority === "MH"
              ? "The evaluation confirmed a serious mental illness"
              : "The evaluation confirmed an intellectual/developmental disability or related condition"
          }
          checked={values.conditionConfirmed}
          onChange={(e) => set("conditionConfirmed", e.currentTarget.checked)}
          error={errorFor("conditionConfirmed")}
        />
        {authority === "MH" ? (
          <Radio.Group
            label="Is the serious mental illness the primary diagnosis?"
            value={values.seriousMentalIllnessPrimary}
            onChange={(v) => set("seriousMentalIllnessPrimary", v as DeterminationValues["seriousMentalIllnessPrimary"])}
            error={errorFor("seriousMentalIllnessPrimary")}
          >
            <Group mt={4}>
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </Group>
          </Radio.Group>
        ) : null}
        <Checkbox
          label="Needs the level of services a nursing facility provides"
          checked={values.needsNursingFacilityServices}
          onChange={(e) => set("needsNursingFacilityServices", e.currentTarget.checked)}
          error={errorFor("needsNursingFacilityServices")}
        />
        <Checkbox
          label="Needs specialized services"
          checked={values.needsSpecializedServices}
          onChange={(e) => set("needsSpecializedServices", e.currentTarget.checked)}
          error={errorFor("needsSpecializedServices")}
        />
        {authority === "MH" ? (
          <Checkbox
            label="The specialized services needed are inpatient psychiatric care (CO 8.401.207 D)"
            checked={values.inpatientPsychiatricCareNeeded}
            onChange={(e) => set("inpatientPsychiatricCareNeeded", e.currentTarget.checked)}
            error={errorFor("inpatientPsychiatricCareNeeded")}
          />
        ) : null}
        <Checkbox
          label="Diagnostic assessment pending: provisional admission (MN Level II form B.4)"
          checked={values.diagnosticAssessmentPending}
          onChange={(e) => set("diagnosticAssessmentPending", e.currentTarget.checked)}
          error={errorFor("diagnosticAssessmentPending")}
        />
      </Stack>
    </Fieldset>
  );
}

/** The services recommended (CO 8.401.206 D.3–5) and how long the approval runs. */
export function ServicesAndApprovalFields({ values, set, errorFor }: FieldsProps) {
  return (
    <Fieldset legend="Services and approval">
      <Stack gap="xs">
        <Textarea
          label="Recommended services (one per line)"
          autosize
          minRows={2}
          value={values.recommendedServices}
          onChange={(e) => set("recommendedServices", e.currentTarget.value)}
          error={errorFor("recommendedServices")}
        />
        <NativeSelect
          label="Approval period"
          value={values.approvalPeriod}
          onChange={(e) => set("approvalPeriod", e.currentTarget.value as DeterminationValues["approvalPeriod"])}
          error={errorFor("approvalPeriod")}
          data={[
            { value: "", label: "As the hub derives it (ongoing, or until the final determination)" },
            { value: "ONGOING", label: "Ongoing" },
            { value: "TIME_LIMITED", label: "Time-limited" },
          ]}
        />
        <CalendarDateInput
          label="Approved through (a time-limited approval's last day)"
          value={values.approvedThrough}
          onChange={(value) => set("approvedThrough", value)}
          error={errorFor("approvedThrough")}
        />
      </Stack>
    </Fieldset>
  );
}

/** Who evaluated and when (CO 8.401.206 D.1), and who else is sent the notice (CO 8.401.206 E). */
export function EvaluationFields({ values, set, errorFor }: FieldsProps) {
  return (
    <Fieldset legend="Evaluation and notices">
      <Stack gap="xs">
        <TextInput
          label="Evaluator's name and qualification"
          required
          value={values.evaluatorName}
          onChange={(e) => set("evaluatorName", e.currentTarget.value)}
          error={errorFor("evaluatorName")}
        />
        <Group grow>
          <CalendarDateInput
            label="Evaluated on"
            required
            value={values.evaluatedOn}
            onChange={(value) => set("evaluatedOn", value)}
            error={errorFor("evaluatedOn")}
          />
          <CalendarDateInput
            label="Determined on"
            required
            value={values.determinedOn}
            onChange={(value) => set("determinedOn", value)}
            error={errorFor("determinedOn")}
          />
        </Group>
        <Checkbox
          label="The person has a legal representative (sent a notice too)"
          checked={values.hasRepresentative}
          onChange={(e) => set("hasRepresentative", e.currentTarget.checked)}
          error={errorFor("hasRepresentative")}
        />
        <TextInput
          label="Admitting nursing facility (hub id), when not the screen's facility"
          value={values.admittingFacilityId}
          onChange={(e) => set("admittingFacilityId", e.currentTarget.value)}
          error={errorFor("admittingFacilityId")}
        />
      </Stack>
    </Fieldset>
  );
}
