import { fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { isCalendarDate, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import type { PageRequest } from "@pasrr/graphql-kit/pagination";
import type { ReadScope } from "../access/read-scope.access.ts";
import type { LevelOfCareDb } from "../db.ts";
import { determinationWhere } from "../determination/determination.store.ts";

/** The worklist's order is soonest expiry first, then id; a cursor holds both (`2026-12-04|<id>`). */
export const renewalCursorKey = (row: { effectiveThrough: Date | null; id: string }) =>
  `${row.effectiveThrough ? fromDbDate(row.effectiveThrough) : ""}|${row.id}`;
export const isRenewalCursorKey = (key: string) => {
  const [through, id] = key.split("|");
  return key.split("|").length === 2 && isCalendarDate(through ?? "") && isRecordId(id);
};

/**
 * One page of the standing approvals that expire within the window, soonest first, with one row
 * more to tell whether more follow. Out-of-scope rows are never loaded: the partner's scope is part of the query.
 */
export function renewalsDuePage(db: LevelOfCareDb, scope: ReadScope, window: { from: CalendarDate; through: CalendarDate }, page: PageRequest) {
  const [afterThrough, afterId] = page.afterKey?.split("|") ?? [];
  return db.levelOfCareDetermination.findMany({
    where: {
      decision: "APPROVED",
      effectiveThrough: { gte: toDbDate(window.from), lte: toDbDate(window.through) },
      supersededBy: { is: null },
      ...determinationWhere(scope),
      ...(afterThrough && afterId
        ? { OR: [{ effectiveThrough: { gt: toDbDate(afterThrough) } }, { effectiveThrough: toDbDate(afterThrough), id: { gt: afterId } }] }
        : {}),
    },
    orderBy: [{ effectiveThrough: "asc" }, { id: "asc" }],
    take: page.first + 1,
  });
}
