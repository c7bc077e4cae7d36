import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { badUserInput, forbidden } from "@pasrr/graphql-kit/errors";
import { connectionOf, pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { DateScalar, fromDbDate, toDbDate } from "@pasrr/graphql-kit/scalars";
import { isCalendarDate } from "@pasrr/calendar/calendar-date";
import { isRecordId } from "@pasrr/graphql-kit/ids";
import { readScope } from "../access/access.rules.ts";
import { determinationWhere } from "../access/access.where.ts";
import type { Context } from "../context.ts";
import { LevelOfCareDetermination } from "../determination/determination.type.ts";
import { defaultRenewalWindowDays, maxRenewalWindowDays, renewalWindow } from "./renewal.rules.ts";

const RenewalDueConnection = connectionOf(LevelOfCareDetermination, "LevelOfCareRenewalDue", "approval due for renewal");

/** The worklist's order is soonest expiry first, then id; a cursor holds both (`2026-12-04|<id>`). */
const renewalCursorKey = (row: { effectiveThrough: Date | null; id: string }) => `${row.effectiveThrough ? fromDbDate(row.effectiveThrough) : ""}|${row.id}`;
const isRenewalCursorKey = (key: string) => {
  const [through, id] = key.split("|");
  return key.split("|").length === 2 && isCalendarDate(through ?? "") && isRecordId(id);
};

@Resolver()
export class RenewalWorklistResolver {
  @Query(() => RenewalDueConnection, {
    description:
      "Approvals that expire within the renewal window (CT: renewals are submitted 7–10 days before expiry) and have not been superseded, soonest first, a page at a time. A nursing facility sees its own facilities' residents, a PAA its counties.",
  })
  async levelOfCareRenewalsDue(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { description: "The day the worklist is for." }) asOf: string,
    @Arg("withinDays", () => Int, { defaultValue: defaultRenewalWindowDays, description: `How many days ahead to look (1–${maxRenewalWindowDays}).` }) withinDays: number,
    @Arg("first", () => Int, { defaultValue: 100, description: "How many approvals per page (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > maxRenewalWindowDays) {
      throw badUserInput("withinDays", `must be a whole number from 1 to ${maxRenewalWindowDays}`);
    }
    const page = pageRequest(first, after, isRenewalCursorKey);
    const { principal } = ctx;
    if (principal.role === "NURSING_FACILITY" && principal.facilityIds.length === 0) throw forbidden("A nursing facility token must name its facilities");
    const window = renewalWindow(asOf, withinDays);
    const [afterThrough, afterId] = page.afterKey?.split("|") ?? [];
    const rows = await ctx.db.levelOfCareDetermination.findMany({
      where: {
        decision: "APPROVED",
        effectiveThrough: { gte: toDbDate(window.from), lte: toDbDate(window.through) },
        supersededBy: { is: null },
        // Out-of-scope rows are never loaded: the partner's scope is part of the query.
        ...determinationWhere(readScope(principal)),
        ...(afterThrough && afterId
          ? { OR: [{ effectiveThrough: { gt: toDbDate(afterThrough) } }, { effectiveThrough: toDbDate(afterThrough), id: { gt: afterId } }] }
          : {}),
      },
      orderBy: [{ effectiveThrough: "asc" }, { id: "asc" }],
      take: page.first + 1,
    });
    return toConnection(rows, page, renewalCursorKey);
  }
}
