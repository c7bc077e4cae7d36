import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { useQuery, type CombinedError } from "urql";
import { hubProblems } from "../../graphql/hub-error.tsx";
import { complianceEvents, coverageDayEvents, coverageEvents, levelOfCareEvents, screeningEvents, stayEvents } from "./timeline-events.ts";
import { timelineWindow, type TimelineEvent, type TimelineSource } from "./timeline-lanes.ts";
import { complianceQuery, coverageDaysQuery, coverageQuery, levelOfCareQuery, screeningsQuery, staysQuery } from "./timeline-queries.ts";

export interface SourceState {
  source: TimelineSource;
  fetching: boolean;
  events: TimelineEvent[];
  /** The hub answered FORBIDDEN: the signed-in role may not read this part of a person. */
  forbidden: boolean;
  /** Anything else that went wrong, for HubErrorNotice. */
  error: CombinedError | undefined;
}

function stateOf<P>(
  source: TimelineSource,
  answer: { fetching: boolean; error?: CombinedError | undefined; data?: { individual?: P | null } | undefined },
  toEvents: (person: P) => TimelineEvent[],
): SourceState {
  const forbidden = hubProblems(answer.error).some((problem) => problem.code === "FORBIDDEN");
  const person = answer.data?.individual;
  return {
    source,
    fetching: answer.fetching,
    events: person && !forbidden ? toEvents(person) : [],
    forbidden,
    error: forbidden ? undefined : answer.error,
  };
}

/** The records' own lanes, each from its own query. */
function useRecordSources(id: string, today: CalendarDate): SourceState[] {
  const variables = { id };
  const [screenings] = useQuery({ query: screeningsQuery, variables });
  const [compliance] = useQuery({ query: complianceQuery, variables });
  const [levelOfCare] = useQuery({ query: levelOfCareQuery, variables });
  const [stays] = useQuery({ query: staysQuery, variables });
  return [
    stateOf("screenings", screenings, (p) => screeningEvents(p, today)),
    stateOf("compliance", compliance, (p) => complianceEvents(p, today)),
    stateOf("levelOfCare", levelOfCare, (p) => levelOfCareEvents(p, today)),
    stateOf("stays", stays, (p) => stayEvents(p, today)),
  ];
}

/**
 * A person's timeline: every part of the graph the role may read, and the payment answer from the
 * first record to the hub's today (asked once the records are in, since they set the window).
 */
export function useTimeline(id: string, today: CalendarDate) {
  const records = useRecordSources(id, today);
  const recordsIn = records.every((state) => !state.fetching);
  const window = timelineWindow(
    records.flatMap((state) => state.events.map((event) => event.from)),
    today,
  );
  const variables = { id, from: window.from, to: window.through };
  const [coverage] = useQuery({ query: coverageQuery, variables, pause: !recordsIn });
  // A role that may not read the explanation may still read the days (a PAA): asked only then.
  const explanationForbidden = hubProblems(coverage.error).some((problem) => problem.code === "FORBIDDEN");
  const [days] = useQuery({ query: coverageDaysQuery, variables, pause: !explanationForbidden });
  const coverageState = explanationForbidden ? stateOf("coverage", days, coverageDayEvents) : stateOf("coverage", coverage, coverageEvents);
  const daysPending = explanationForbidden && (days.fetching || (!days.data && !days.error));
  return { sources: [...records, coverageState], window, loading: !recordsIn || coverage.fetching || daysPending };
}
