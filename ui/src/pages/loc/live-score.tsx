import { Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery, type CombinedError } from "urql";
import { graphql } from "../../gql";
import type { SubmitLevelOfCareAssessmentInput } from "../../gql/graphql.ts";
import { AssessmentOutcome } from "./assessment-outcome.tsx";

const PreviewQuery = graphql(`
  query LevelOfCareAssessmentPreview($input: SubmitLevelOfCareAssessmentInput!) {
    levelOfCareAssessmentPreview(input: $input) {
      instrument
      county
      meetsNursingFacilityLevelOfCare
      findings {
        ...CriterionFindingFields
      }
    }
  }
`);

/** How long the answers rest before the hub is asked to score them. */
const debounceMs = 350;

/**
 * The hub's score of the answers as they stand, asked of Query.levelOfCareAssessmentPreview (the
 * rules submitting runs, nothing stored) once the answers have rested: the UI never scores itself.
 */
export function useLiveScore(input: SubmitLevelOfCareAssessmentInput) {
  const [settled] = useDebouncedValue(input, debounceMs);
  const [{ data, error, fetching }] = useQuery({ query: PreviewQuery, variables: { input: settled }, requestPolicy: "network-only" });
  const stale = fetching || settled !== input;
  return { preview: error ? undefined : data?.levelOfCareAssessmentPreview, error, stale };
}

export function LiveScore({ live }: { live: ReturnType<typeof useLiveScore> & { error: CombinedError | undefined } }) {
  if (!live.preview) {
    return (
      <Text role="status" c="dimmed" data-live-score="none">
        {live.error ? "No score while the answers have a problem (see the fields marked)." : "Scoring…"}
      </Text>
    );
  }
  return (
    <div role="status" aria-live="polite" data-live-score={live.stale ? "scoring" : "scored"}>
      <AssessmentOutcome title="Live score" meets={live.preview.meetsNursingFacilityLevelOfCare} findings={live.preview.findings} stale={live.stale} />
      <Text size="xs" c="dimmed" mt={4}>
        {live.stale ? "Scoring the latest answers…" : `Scored by the hub's rules for ${live.preview.county} county; nothing is recorded until you submit.`}
      </Text>
    </div>
  );
}
