import { Checkbox, Select, Textarea } from "@mantine/core";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { eventKindWords } from "./census-words.ts";
import type { DraftFieldsProps } from "./event-kind-fields.tsx";

const CorrectableEventsQuery = graphql(`
  query CorrectableEvents($individualId: ID!) {
    individual(id: $individualId) {
      id
      stays {
        id
        facility {
          id
        }
        events {
          id
          kind
          effectiveOn
          corrects {
            id
          }
        }
      }
    }
  }
`);

/**
 * A correction names the event it corrects (at this facility), says whether that event was
 * entered in error (a void) or restates its day, and why (CT PathTracker best practice 4:
 * mistakes are fixed by a correction, never by editing).
 */
export function CorrectionFields({ facilityId, draft, change, errors }: DraftFieldsProps) {
  const [{ data, error }] = useQuery({
    query: CorrectableEventsQuery,
    variables: { individualId: draft.individualId },
    pause: !draft.individualId,
    requestPolicy: "cache-and-network",
  });
  const events = (data?.individual?.stays ?? [])
    .filter((stay) => stay.facility.id === facilityId)
    .flatMap((stay) => stay.events.filter((event) => event.kind !== "CORRECTION"));
  // The restated day starts as the corrected event's own, so an untouched date restates nothing.
  const corrected = (event: (typeof events)[number] | undefined) =>
    change({ correctsEventId: event?.id ?? null, correctedEffectiveOn: event?.effectiveOn ?? null, ...(event ? { effectiveOn: event.effectiveOn } : {}) });
  const options = events.map((event) => ({ value: event.id, label: `${eventKindWords[event.kind]} on ${event.effectiveOn}` }));
  return (
    <>
      <HubErrorNotice error={error} />
      <Select
        label="Event to correct"
        placeholder={draft.individualId ? "Choose the event" : "Choose the resident first"}
        data={options}
        value={draft.correctsEventId}
        onChange={(id) => corrected(events.find((event) => event.id === id))}
        error={errors.correctsEventId}
        required
      />
      <Checkbox
        label="Entered in error: this event did not happen"
        checked={draft.voidsCorrected}
        onChange={(event) => change({ voidsCorrected: event.currentTarget.checked })}
        error={errors.voidsCorrected}
      />
      <Textarea
        label="Reason for the correction"
        value={draft.reason}
        onChange={(event) => change({ reason: event.currentTarget.value })}
        error={errors.reason}
        required
        maxLength={500}
      />
    </>
  );
}
