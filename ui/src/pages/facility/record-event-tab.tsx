import { CalendarDateInput } from "../../calendar/calendar-date-input.tsx";
import { Button, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql, type FragmentType } from "../../gql";
import type { CensusEventKind } from "../../gql/graphql.ts";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { HubErrorNotice, hubProblems } from "../../graphql/hub-error.tsx";
import { eventKindWords, optionsOf } from "./census-words.ts";
import { censusEventInput, emptyDraft, problemsByField, type CensusEventDraft } from "./census-event-draft.ts";
import { CorrectionFields } from "./correction-fields.tsx";
import { EventKindFields } from "./event-kind-fields.tsx";
import { AdmissionPersonPicker, CorrectionPersonPicker, ResidentPicker } from "./person-picker.tsx";
import { RecordOutcome, type RecordedCensusFragment } from "./record-outcome.tsx";

/** Mantine's dimmed grey and blue.6 with white text fall below WCAG AA contrast (axe color-contrast); these pass. */
export const readableDescription = { description: { color: "var(--mantine-color-gray-7)" } };

const RecordCensusEventMutation = graphql(`
  mutation RecordCensusEvent($input: RecordCensusEventInput!) {
    recordCensusEvent(input: $input) {
      ...RecordedCensus
    }
  }
`);

/**
 * Records one census event for the facility: the kind first, then only the fields that kind
 * takes; the hub's refusal is shown on the field it names, its answer (event and stay) below.
 */
export function RecordEventTab({ facilityId, individualId }: { facilityId: string; individualId: string }) {
  const today = useHubToday();
  const [draft, setDraft] = useState<CensusEventDraft>(() => emptyDraft(individualId ? "HOSPITAL_LEAVE" : "ADMISSION", today, individualId));
  const [outcome, setOutcome] = useState<FragmentType<typeof RecordedCensusFragment> | null>(null);
  const [result, record] = useMutation(RecordCensusEventMutation);
  const change = (patch: Partial<CensusEventDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const errors = problemsByField(hubProblems(result.error));
  const submit = async () => {
    setOutcome(null);
    const answer = await record({ input: censusEventInput(draft, facilityId) });
    if (answer.data) setOutcome(answer.data.recordCensusEvent);
  };
  return (
    <form noValidate onSubmit={(event) => (event.preventDefault(), void submit())} aria-label="Record a census event">
      <Stack maw={560}>
        <Select
          label="What happened"
          data={optionsOf(eventKindWords)}
          value={draft.kind}
          onChange={(kind) => kind && setDraft(emptyDraft(kind as CensusEventKind, today, kind === "ADMISSION" ? "" : draft.individualId))}
          allowDeselect={false}
        />
        <PersonField facilityId={facilityId} draft={draft} change={change} errors={errors} />
        {draft.kind === "CORRECTION" && <CorrectionFields facilityId={facilityId} draft={draft} change={change} errors={errors} />}
        {!(draft.kind === "CORRECTION" && draft.voidsCorrected) && (
          <CalendarDateInput
            label={draft.kind === "CORRECTION" ? "The day as it should read" : "Day it happened"}
            description={`YYYY-MM-DD, not after today (${today}): never enter someone before they arrive.`}
            value={draft.effectiveOn}
            onChange={(effectiveOn) => change({ effectiveOn })}
            error={errors.effectiveOn}
            styles={readableDescription}
            required
          />
        )}
        <EventKindFields facilityId={facilityId} draft={draft} change={change} errors={errors} />
        <HubErrorNotice error={result.error} />
        <Button type="submit" loading={result.fetching} w="fit-content" color="blue.8">
          Record {eventKindWords[draft.kind].toLowerCase()}
        </Button>
        {outcome && <RecordOutcome outcome={outcome} />}
      </Stack>
    </form>
  );
}

function PersonField({ facilityId, draft, change, errors }: Parameters<typeof EventKindFields>[0]) {
  const onChange = (id: string) => change({ individualId: id, correctsEventId: null, correctedEffectiveOn: null });
  if (draft.kind === "CORRECTION")
    return <CorrectionPersonPicker facilityId={facilityId} value={draft.individualId} onChange={onChange} error={errors.individualId} />;
  return draft.kind === "ADMISSION" ? (
    <AdmissionPersonPicker facilityId={facilityId} value={draft.individualId} onChange={onChange} error={errors.individualId} />
  ) : (
    <ResidentPicker facilityId={facilityId} value={draft.individualId} onChange={onChange} error={errors.individualId} />
  );
}
