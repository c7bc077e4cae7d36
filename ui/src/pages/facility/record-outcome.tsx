import { Alert, List, Stack, Text } from "@mantine/core";
import { graphql, readFragment, type FragmentType } from "../../gql";
import type { RecordedCensusFragment as RecordedCensusFragmentData } from "../../gql/graphql.ts";
import { destinationWords, eventKindWords, payerWords } from "./census-words.ts";

export const RecordedCensusFragment = graphql(`
  fragment RecordedCensus on RecordCensusEventPayload {
    event {
      id
      kind
      effectiveOn
      recordedAt
      late
      voidsCorrected
      reason
      corrects {
        id
        kind
        effectiveOn
      }
    }
    stay {
      id
      admittedOn
      dischargedOn
      endReason
      dischargeDestination
      payerPeriods {
        payer
        startsOn
        endsOn
      }
      leavePeriods {
        kind
        leftOn
        returnedOn
      }
    }
  }
`);

/** The hub's answer to a recorded census event: the event as recorded and the stay as it now stands. */
export function RecordOutcome({ outcome }: { outcome: FragmentType<typeof RecordedCensusFragment> }) {
  const { event, stay } = readFragment(RecordedCensusFragment, outcome);
  return (
    <Alert
      color="green"
      title={`Recorded: ${eventKindWords[event.kind]} on ${event.effectiveOn}`}
      role="status"
      data-recorded-event={event.id}
      styles={{ title: { color: "var(--mantine-color-text)" } }}
    >
      <Stack gap={4}>
        <Text size="sm">
          Event {event.id}, entered {event.recordedAt}
          {event.late ? " — entered late (after the state's reporting window)" : ""}.
        </Text>
        {event.corrects && (
          <Text size="sm">
            {event.voidsCorrected ? "Voids" : "Restates"} the {eventKindWords[event.corrects.kind].toLowerCase()} of {event.corrects.effectiveOn}:{" "}
            {event.reason}
          </Text>
        )}
        {stay ? <StaySummary stay={stay} /> : <Text size="sm">The correction voided the whole stay.</Text>}
      </Stack>
    </Alert>
  );
}

type RecordedStay = NonNullable<RecordedCensusFragmentData["stay"]>;

function StaySummary({ stay }: { stay: RecordedStay }) {
  return (
    <>
      <Text size="sm" data-stay={stay.id}>
        Stay from {stay.admittedOn}
        {stay.dischargedOn
          ? ` to ${stay.dischargedOn} (${stay.endReason?.toLowerCase() ?? "ended"}${stay.dischargeDestination ? `, to ${destinationWords[stay.dischargeDestination].toLowerCase()}` : ""})`
          : ", open"}
        .
      </Text>
      <Text size="sm">
        Payers: {stay.payerPeriods.map((p) => `${payerWords[p.payer]} from ${p.startsOn}${p.endsOn ? ` to ${p.endsOn}` : ""}`).join("; ") || "none on record"}.
      </Text>
      <Text size="sm">Leaves:</Text>
      {stay.leavePeriods.length === 0 ? (
        <Text size="sm">none</Text>
      ) : (
        <List size="sm" aria-label="Leave periods of the stay">
          {stay.leavePeriods.map((leave) => (
            <List.Item key={leave.leftOn}>
              {leave.kind === "HOSPITAL_LEAVE" ? "Hospital leave" : "Leave of absence"} from {leave.leftOn}
              {leave.returnedOn ? `, back ${leave.returnedOn}` : ", still away"}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
