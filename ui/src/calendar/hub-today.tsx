import { createContext, useContext, type ReactNode } from "react";
import { useQuery } from "urql";
import { daysBetween, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { graphql } from "../gql";
import { HubErrorNotice } from "../graphql/hub-error.tsx";

const HubCalendarQuery = graphql(`
  query HubCalendar {
    hubCalendar {
      today
      timeZone
    }
  }
`);

const TodayContext = createContext<CalendarDate | undefined>(undefined);

/**
 * The hub's today, asked of the graph once per session: due dates are overdue by the hub's clock
 * (the state's date in its time zone), never by the browser's, so a clerk in another zone or a
 * demo pinned to a day sees what the hub decides.
 */
export function HubTodayProvider({ children }: { children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: HubCalendarQuery });
  // Without the hub's today no due date can be judged: say why instead of drawing nothing.
  if (!data) return error ? <HubErrorNotice error={error} /> : null;
  return <TodayContext.Provider value={data.hubCalendar.today}>{children}</TodayContext.Provider>;
}

export function useHubToday(): CalendarDate {
  const today = useContext(TodayContext);
  if (!today) throw new Error("useHubToday outside HubTodayProvider");
  return today;
}

/** Days a due date has passed by the hub's today (0 or less: not overdue). */
export const daysOverdue = (dueOn: CalendarDate, today: CalendarDate): number => daysBetween(dueOn, today);
