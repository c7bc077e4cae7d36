import { Button, Grid, Group, Radio, Stack, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useMutation } from "urql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import type { AssessmentInstrument } from "../../gql/graphql.ts";
import { assessmentInput, blankDraft, type AssessmentDraft, type PersonToAssess } from "./assessment-input.ts";
import { useAssessmentOptions } from "./assessment-options.ts";
import { CsaForm } from "./csa-form.tsx";
import { CalendarDateInput } from "../../calendar/calendar-date-input.tsx";
import { fieldErrorsOf, hasUnplacedProblems } from "./field-errors.ts";
import { LiveScore, useLiveScore } from "./live-score.tsx";
import { RecordedAssessment } from "./recorded-assessment.tsx";
import { UltcForm } from "./ultc-form.tsx";

const SubmitAssessment = graphql(`
  mutation SubmitLevelOfCareAssessment($input: SubmitLevelOfCareAssessmentInput!) {
    submitLevelOfCareAssessment(input: $input) {
      assessment {
        ...RecordedAssessmentFields
      }
    }
  }
`);

/** One person's assessment: the instrument's form with the hub's live score beside it, then submit; once recorded, the determination. */
export function AssessmentPanel({ person }: { person: PersonToAssess }) {
  const today = useHubToday();
  const [draft, setDraft] = useState<AssessmentDraft>(() => blankDraft(today));
  const input = useMemo(() => assessmentInput(person, draft), [person, draft]);
  const live = useLiveScore(input);
  const [submitted, submit] = useMutation(SubmitAssessment);
  const recorded = submitted.data?.submitLevelOfCareAssessment.assessment;
  // The live score's problems name fields as submitting's do; the latest answer is shown on them.
  const errors = fieldErrorsOf(live.error ?? submitted.error);
  if (recorded) return <RecordedAssessment person={person} assessment={recorded} />;
  return (
    <Stack>
      <Title order={2} size="h3">
        Assess {person.name}
      </Title>
      <Group align="flex-end">
        <Radio.Group
          label="Instrument"
          value={draft.instrument}
          onChange={(instrument) => setDraft({ ...draft, instrument: instrument as AssessmentInstrument })}
        >
          <Group mt={4}>
            <Radio value="ULTC_100_2" label="ULTC 100.2" />
            <Radio value="CSA" label="Colorado Single Assessment (CSA) LOC screen" />
          </Group>
        </Radio.Group>
        <CalendarDateInput
          label="Assessed on"
          value={draft.assessedOn}
          error={errors.assessedOn}
          onChange={(assessedOn) => setDraft({ ...draft, assessedOn })}
        />
      </Group>
      {hasUnplacedProblems(submitted.error) ? <HubErrorNotice error={submitted.error} /> : null}
      {hasUnplacedProblems(live.error) && !submitted.error ? <HubErrorNotice error={live.error} /> : null}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <InstrumentForm draft={draft} setDraft={setDraft} errors={errors} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack pos="sticky" top={70}>
            <LiveScore live={live} />
            <Button onClick={() => void submit({ input })} loading={submitted.fetching}>
              Submit assessment
            </Button>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface InstrumentFormProps {
  draft: AssessmentDraft;
  setDraft(next: AssessmentDraft): void;
  errors: Record<string, string>;
}

/** The named instrument's form, its choices from the graph. */
function InstrumentForm({ draft, setDraft, errors }: InstrumentFormProps) {
  const options = useAssessmentOptions(draft.instrument);
  if (options.error) return <HubErrorNotice error={options.error} />;
  if (!options.loaded) return null;
  return draft.instrument === "ULTC_100_2" ? (
    <UltcForm value={draft.ultc} onChange={(ultc) => setDraft({ ...draft, ultc })} dueToOptions={options.byArea} errors={errors} />
  ) : (
    <CsaForm value={draft.csa} onChange={(csa) => setDraft({ ...draft, csa })} criteriaOptions={options.byArea} errors={errors} />
  );
}
