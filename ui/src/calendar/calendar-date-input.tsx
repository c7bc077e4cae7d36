import { TextInput, type TextInputProps } from "@mantine/core";
import { isCalendarDate } from "@pasrr/calendar/calendar-date";

interface CalendarDateInputProps extends Omit<TextInputProps, "value" | "onChange" | "type"> {
  value: string;
  onChange(value: string): void;
}

/**
 * A calendar date as the hub writes it, `YYYY-MM-DD`, typed as text: the browser's date picker
 * shows dates in its own locale (11/02/2026 is February in one office and November in another),
 * and the hub's dates are the state's calendar days, not the computer's. A value that is not a real
 * date is flagged here, before the hub refuses it.
 */
export function CalendarDateInput({ value, onChange, error, description, ...props }: CalendarDateInputProps) {
  const malformed = value !== "" && !isCalendarDate(value);
  return (
    <TextInput
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value.trim())}
      inputMode="numeric"
      autoComplete="off"
      placeholder="YYYY-MM-DD"
      description={description ?? "YYYY-MM-DD"}
      error={error ?? (malformed ? "Write the date as YYYY-MM-DD, a real day" : undefined)}
    />
  );
}
