import { Alert, Loader, Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { TimelineChart } from "./timeline-chart.tsx";
import { lanes, lanesOfSource, laneOrder, type LaneKey, type TimelineEvent } from "./timeline-lanes.ts";
import { personQuery } from "./timeline-queries.ts";
import { TimelineTable } from "./timeline-table.tsx";
import { useTimeline, type SourceState } from "./use-timeline.ts";

function PersonHeading({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: personQuery, variables: { id } });
  const person = data?.individual;
  return (
    <>
      <Title order={1}>Timeline{person ? ` of ${person.givenName ?? ""} ${person.familyName ?? ""}` : ""}</Title>
      {person && (
        <Text>
          Born {person.birthDate ?? "unknown"} · {person.county} County · hub id {person.id}
        </Text>
      )}
      {data && !person && <Text role="status">No such person, or the person is outside your organisation's scope.</Text>}
      <HubErrorNotice error={error} />
    </>
  );
}

/** The lanes the hub would not show this role, named, so an empty lane is never mistaken for "none". */
function NotPermitted({ sources }: { sources: SourceState[] }) {
  const hidden = sources.filter((s) => s.forbidden).flatMap((s) => lanesOfSource[s.source].map((key) => lanes[key]));
  if (hidden.length === 0) return null;
  return (
    // The title in the text colour: orange title text on the light alert background is below WCAG AA contrast.
    <Alert color="orange" title="Not permitted" data-not-permitted styles={{ title: { color: "var(--mantine-color-text)" } }}>
      Not permitted to see: {hidden.join(", ")}. Your organisation's role may not read these records; the other lanes show what it may.
    </Alert>
  );
}

/** Lanes the role may read that hold nothing, said in words (an empty row of the chart is easy to miss). */
function NothingOnRecord({ shown, events }: { shown: LaneKey[]; events: TimelineEvent[] }) {
  const empty = shown.filter((key) => !events.some((event) => event.lane === key));
  if (empty.length === 0) return null;
  return <Text data-nothing-on-record>Nothing on record in: {empty.map((key) => lanes[key]).join(", ")}.</Text>;
}

/**
 * A person's timeline on one time axis, from their first record to the hub's today: screens, Level
 * II determinations, notices and appeals, PASRR standing, Level of Care determinations (superseded
 * ones too), stays, leaves, payers, and the payable and unpayable days with their reasons — each
 * lane only as far as the signed-in role may read it, with the same events in a table below.
 */
export default function PersonTimeline() {
  const { id = "" } = useParams();
  const today = useHubToday();
  const { sources, window, loading } = useTimeline(id, today);
  const shown: LaneKey[] = laneOrder.filter((key) => sources.some((s) => !s.forbidden && (lanesOfSource[s.source] as readonly LaneKey[]).includes(key)));
  const events = sources.flatMap((s) => s.events);
  return (
    <Stack>
      <PersonHeading id={id} />
      {sources.map((s) => (
        <HubErrorNotice key={s.source} error={s.error} />
      ))}
      <NotPermitted sources={sources} />
      {loading ? (
        <Loader aria-label="Loading the timeline" />
      ) : (
        <>
          <Title order={2} data-timeline-window>
            From {window.from} to {window.through}
          </Title>
          {shown.length > 0 && <TimelineChart events={events} shown={shown} window={window} />}
          <NothingOnRecord shown={shown} events={events} />
          <TimelineTable events={events} />
        </>
      )}
    </Stack>
  );
}
