/** An instant from the graph (ISO-8601, UTC) as plain text, to the second: no browser locale, no time-zone guess. */
export const instantText = (iso: string | null | undefined): string => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : "—");
