import { Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { addDays, isCalendarDate, startOfDayIn } from "@pasrr/calendar/calendar-date";
import { graphql } from "../../gql";
import type { AuditEventFilter } from "../../gql/graphql.ts";
import { AuditResults } from "./audit-results.tsx";
import { AuditSearchForm, emptySearch, type AuditSearch } from "./audit-search-form.tsx";

const AuditTimeZoneQuery = graphql(`
  query AuditTimeZone {
    hubCalendar {
      timeZone
    }
  }
`);

/**
 * The search as the four audit queries take it: empty fields left out, days turned into the
 * instants that begin them in the hub's time zone ("to" includes its whole day).
 */
function filterOf(search: AuditSearch, timeZone: string): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (search.entityId) filter.entityId = search.entityId;
  if (search.subject) filter.subject = search.subject;
  if (search.organisationId) filter.organisationId = search.organisationId;
  if (search.role) filter.role = search.role;
  if (search.field) filter.field = search.field;
  if (isCalendarDate(search.fromDay)) filter.from = startOfDayIn(search.fromDay, timeZone).toISOString();
  if (isCalendarDate(search.toDay)) filter.to = startOfDayIn(addDays(search.toDay, 1), timeZone).toISOString();
  return filter;
}

/**
 * The state agency's audit trail search (issue 23): the four services' records of who read and
 * wrote what, one form for all, results merged newest first with the service named. A record id
 * may come in the address (`?entityId=`), so another page can link to a person's trail.
 */
export default function AuditTrail() {
  const [params] = useSearchParams();
  const [search, setSearch] = useState<AuditSearch>({ ...emptySearch, entityId: params.get("entityId") ?? "" });
  const [{ data }] = useQuery({ query: AuditTimeZoneQuery });
  const timeZone = data?.hubCalendar.timeZone;
  const filter = useMemo(() => (timeZone ? filterOf(search, timeZone) : undefined), [search, timeZone]);
  return (
    <Stack gap="lg">
      <Title order={1}>Audit trail</Title>
      <Text c="gray.7" maw={760}>
        Every read of protected health information and every write, as recorded by the service that answered it: individuals, screenings, level of care and
        facilities.
      </Text>
      <AuditSearchForm initial={search} onSearch={setSearch} />
      {filter ? <AuditResults key={JSON.stringify(filter)} filter={filter} /> : null}
    </Stack>
  );
}
