import { Button, Fieldset, NativeSelect, Radio, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import type { LevelOfCareDecision, LevelOfCareType, RetrospectiveReason, ReviewKind } from "../../gql/graphql.ts";
import type { PersonToAssess } from "./assessment-input.ts";
import { blankDetermination, determinationInput, levelOfCareTypes, retrospectiveReasons, reviewKinds, type DeterminationDraft } from "./determination-draft.ts";
import { DeterminationResult } from "./determination-result.tsx";
import { CalendarDateInput } from "../../calendar/calendar-date-input.tsx";
import { fieldErrorsOf, hasUnplacedProblems } from "./field-errors.ts";

const DetermineLevelOfCare = graphql(`
  mutation DetermineLevelOfCare($input: DetermineLevelOfCareInput!) {
    determineLevelOfCare(input: $input) {
      determination {
        ...DeterminationResultFields
      }
    }
  }
`);

interface DeterminationFormProps {
  person: PersonToAssess;
  assessmentId: string;
  meets: boolean;
}

/** The determination on a recorded assessment; the hub checks every rule and answers with what it recorded, or the field at fault. */
export function DeterminationForm({ person, assessmentId, meets }: DeterminationFormProps) {
  const today = useHubToday();
  const [draft, setDraft] = useState<DeterminationDraft>(() => blankDetermination(today, meets));
  const [answer, determine] = useMutation(DetermineLevelOfCare);
  const determination = answer.data?.determineLevelOfCare.determination;
  if (determination) return <DeterminationResult determination={determination} />;
  const errors = fieldErrorsOf(answer.error);
  const set = <K extends keyof DeterminationDraft>(key: K, value: DeterminationDraft[K]) => setDraft({ ...draft, [key]: value });
  return (
    <Fieldset
      legend="Level of Care determination"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void determine({ input: determinationInput(person.id, person.facilityId, assessmentId, draft) });
      }}
    >
      <Stack>
        {hasUnplacedProblems(answer.error) ? <HubErrorNotice error={answer.error} /> : null}
        <Radio.Group label="Decision" value={draft.decision} onChange={(value) => set("decision", value as LevelOfCareDecision)} error={errors.decision}>
          <Group mt={4}>
            <Radio value="APPROVED" label="Approved" />
            <Radio value="DENIED" label="Denied" />
          </Group>
        </Radio.Group>
        <DeterminationFields draft={draft} set={set} errors={errors} />
        <Button type="submit" loading={answer.fetching}>
          Record determination
        </Button>
      </Stack>
    </Fieldset>
  );
}

type SetDraft = <K extends keyof DeterminationDraft>(key: K, value: DeterminationDraft[K]) => void;
interface FieldsProps {
  draft: DeterminationDraft;
  set: SetDraft;
  errors: Record<string, string>;
}

/** The determination's type, dates and Medicaid standing; each shows the hub's problem with it. */
function DeterminationFields({ draft, set, errors }: FieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label="Level of care"
        data={levelOfCareTypes}
        value={draft.levelOfCareType}
        onChange={(event) => set("levelOfCareType", event.currentTarget.value as LevelOfCareType)}
        error={errors.levelOfCareType}
      />
      <NativeSelect
        label="Review kind"
        data={reviewKinds}
        value={draft.reviewKind}
        onChange={(event) => set("reviewKind", event.currentTarget.value as ReviewKind)}
        error={errors.reviewKind}
      />
      <CalendarDateInput label="Effective from" value={draft.effectiveFrom} onChange={(value) => set("effectiveFrom", value)} error={errors.effectiveFrom} />
      <CalendarDateInput
        label="Effective through (short-term approvals)"
        value={draft.effectiveThrough}
        onChange={(value) => set("effectiveThrough", value)}
        error={errors.effectiveThrough}
      />
      <TextInput
        label="Medicaid ID in force"
        value={draft.medicaidId}
        onChange={(event) => set("medicaidId", event.currentTarget.value)}
        error={errors.medicaidId}
      />
      <CalendarDateInput
        label="Medicaid application filed on (not yet eligible)"
        value={draft.medicaidApplicationFiledOn}
        onChange={(value) => set("medicaidApplicationFiledOn", value)}
        error={errors.medicaidApplicationFiledOn}
      />
      <ReviewKindFields draft={draft} set={set} errors={errors} />
    </SimpleGrid>
  );
}

/** What a retrospective review (a valid reason) or a transfer (its date) needs besides. */
function ReviewKindFields({ draft, set, errors }: FieldsProps) {
  if (draft.reviewKind === "RETROSPECTIVE")
    return (
      <NativeSelect
        label="Retrospective reason"
        data={retrospectiveReasons}
        value={draft.retrospectiveReason}
        onChange={(event) => set("retrospectiveReason", event.currentTarget.value as RetrospectiveReason)}
        error={errors.retrospectiveReason}
      />
    );
  if (draft.reviewKind === "TRANSFER")
    return <CalendarDateInput label="Transfer date" value={draft.transferDate} onChange={(value) => set("transferDate", value)} error={errors.transferDate} />;
  return null;
}
