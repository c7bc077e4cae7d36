import { CalendarDateInput } from "../../calendar/calendar-date-input.tsx";
import { Button, Group, Paper, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useState } from "react";
import { isCalendarDate } from "@pasrr/calendar/calendar-date";

/** What the reviewer types: the AuditEventFilter's fields, days instead of instants. */
export interface AuditSearch {
  entityId: string;
  subject: string;
  organisationId: string;
  role: string;
  field: string;
  fromDay: string;
  toDay: string;
}

export const emptySearch: AuditSearch = { entityId: "", subject: "", organisationId: "", role: "", field: "", fromDay: "", toDay: "" };

/** The hub's roles (README "Tokens"), as the audit records name them. */
const roles = ["PAA", "MH_AUTHORITY", "DD_AUTHORITY", "NURSING_FACILITY", "HOSPITAL", "STATE_MEDICAID_AGENCY", "MEDICAID_PAYMENT"].map((role) => ({
  value: role,
  label: role.replace(/_/g, " ").toLowerCase(),
}));

/** Field hints and errors in darker colours: Mantine's dimmed description grey is below WCAG AA contrast on white (axe color-contrast). */
const readable = { description: { color: "var(--mantine-color-gray-8)" }, error: { color: "var(--mantine-color-red-9)" } };

const texts: { key: Exclude<keyof AuditSearch, "role" | "fromDay" | "toDay">; label: string; description: string }[] = [
  { key: "entityId", label: "Record id", description: "A person's (or any record's) hub id: events that read or wrote it" },
  { key: "subject", label: "User (token subject)", description: "Who asked" },
  { key: "organisationId", label: "Organisation", description: "The organisation in the token" },
  { key: "field", label: "Field or mutation", description: "Type.field read (Individual.birthDate) or a mutation name" },
];

const days: { key: "fromDay" | "toDay"; label: string; description: string }[] = [
  { key: "fromDay", label: "From day", description: "Events on or after this day (the hub's calendar)" },
  { key: "toDay", label: "To day", description: "Events on or before this day (the hub's calendar)" },
];

/** One search form over the four trails; the days are the hub's calendar days (start of day in its time zone). */
export function AuditSearchForm({ initial, onSearch }: { initial: AuditSearch; onSearch(search: AuditSearch): void }) {
  const [search, setSearch] = useState(initial);
  const set = (key: keyof AuditSearch, value: string) => setSearch((current) => ({ ...current, [key]: value }));
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      role="search"
      aria-label="Search the audit trail"
      onSubmit={(event) => (event.preventDefault(), onSearch(search))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {texts.map((text) => (
          <TextInput
            key={text.key}
            name={text.key}
            label={text.label}
            description={text.description}
            styles={readable}
            value={search[text.key]}
            onChange={(event) => set(text.key, event.currentTarget.value.trim())}
          />
        ))}
        <Select
          label="Role"
          description="The role the organisation acted in"
          styles={readable}
          data={roles}
          value={search.role || null}
          onChange={(value) => set("role", value ?? "")}
          clearable
        />
        {days.map((day) => (
          <CalendarDateInput
            key={day.key}
            name={day.key}
            label={day.label}
            description={day.description}
            styles={readable}
            value={search[day.key]}
            onChange={(value) => set(day.key, value)}
          />
        ))}
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit" disabled={days.some((day) => search[day.key] !== "" && !isCalendarDate(search[day.key]))}>
          Search
        </Button>
        <Button variant="default" onClick={() => (setSearch(emptySearch), onSearch(emptySearch))}>
          Clear
        </Button>
      </Group>
    </Paper>
  );
}
