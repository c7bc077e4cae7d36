import { Alert, Stack, Text, Title } from "@mantine/core";
import { graphql, readFragment, type FragmentType } from "../../gql";
import type { PersonToAssess } from "./assessment-input.ts";
import { AssessmentOutcome } from "./assessment-outcome.tsx";
import { DeterminationForm } from "./determination-form.tsx";

export const RecordedAssessmentFields = graphql(`
  fragment RecordedAssessmentFields on LevelOfCareAssessment {
    id
    instrument
    assessedOn
    county
    meetsNursingFacilityLevelOfCare
    findings {
      ...CriterionFindingFields
    }
  }
`);

/** The assessment as the hub recorded it, and the determination to make on it. */
export function RecordedAssessment({ person, assessment }: { person: PersonToAssess; assessment: FragmentType<typeof RecordedAssessmentFields> }) {
  const recorded = readFragment(RecordedAssessmentFields, assessment);
  return (
    <Stack>
      <Title order={2} size="h3">
        Determine Level of Care for {person.name}
      </Title>
      <Alert color="blue" title="Assessment recorded" data-assessment-id={recorded.id}>
        <Text size="sm">
          The hub recorded the {recorded.instrument === "CSA" ? "CSA" : "ULTC 100.2"} assessment of {recorded.assessedOn} for {recorded.county} county (id{" "}
          <Text span ff="monospace">
            {recorded.id}
          </Text>
          ).
        </Text>
      </Alert>
      <AssessmentOutcome title="Recorded assessment" meets={recorded.meetsNursingFacilityLevelOfCare} findings={recorded.findings} />
      <DeterminationForm person={person} assessmentId={recorded.id} meets={recorded.meetsNursingFacilityLevelOfCare} />
    </Stack>
  );
}
