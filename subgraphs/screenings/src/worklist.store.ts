import { badUserInput } from "@pasrr/graphql-kit/errors";
import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { isCalendarDate } from "@pasrr/calendar/calendar-date";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { PageRequest } from "@pasrr/graphql-kit/pagination";

/** Worklists (referrals, Resident Reviews) read soonest-due first; the cursor is the due date and the id. */
export const dueOrder = [{ dueOn: "asc" as const }, { id: "asc" as const }];
export const dueKeyOf = (row: { dueOn: Date; id: string }) => `${fromDbDate(row.dueOn)}|${row.id}`;

/** Whether a decoded cursor key is one `dueKeyOf` could have made (pageRequest's key check). */
export const isDueKey = (key: string) => {
  const [due, id, ...rest] = key.split("|");
  return rest.length === 0 && !!due && isCalendarDate(due) && isRecordId(id);
};

/**
 * The rows after the page's cursor in due order, as a WHERE clause; undefined on the first page.
 * `column` is the row's due date: `dueOn` on referrals and reviews, `categoricalDueOn` on a screen awaiting its categorical.
 */
export function afterDueKey<C extends string = "dueOn">(page: PageRequest, column: C = "dueOn" as C) {
  if (!page.afterKey) return undefined;
  const [due, id] = page.afterKey.split("|");
  if (!due || !id || !isDueKey(page.afterKey)) throw badUserInput("after", "is not a cursor this list gave out");
  const after = { [column]: { gt: toDbDate(due) } } as Record<C, { gt: Date }>;
  const sameDay = { [column]: toDbDate(due) } as Record<C, Date>;
  return { OR: [after, { ...sameDay, id: { gt: id } }] };
}

/** A PAA's counties as a WHERE clause; county names compare without regard to case or padding. */
export const countyIn = (counties: string[]) => ({
  OR: counties.map((county) => ({ facilityCounty: { equals: county.trim(), mode: "insensitive" as const } })),
});
