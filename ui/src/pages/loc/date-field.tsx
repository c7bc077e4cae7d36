import { TextInput } from "@mantine/core";

export interface DateFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

/** A calendar date typed as the hub writes it; the hub checks it (BAD_USER_INPUT on the field). */
export const DateField = ({ label, value, onChange, error }: DateFieldProps) => (
  // The hub's calendar dates as the graph writes them (YYYY-MM-DD), never the browser's locale format.
  <TextInput label={label} placeholder="YYYY-MM-DD" inputMode="numeric" value={value} onChange={(event) => onChange(event.currentTarget.value)} error={error} />
);
