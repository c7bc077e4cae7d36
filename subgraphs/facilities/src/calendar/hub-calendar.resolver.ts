import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { HubCalendar } from "./hub-calendar.type.ts";

/**
 * Facilities answers for the hub's calendar because the census is "today's" (issue 23): the
 * internal UI asks it once per session so its worklists count overdue days by the hub's clock.
 */
@Resolver(() => HubCalendar)
export class HubCalendarResolver {
  @Query(() => HubCalendar, { description: "The hub's today and time zone, by which due dates are overdue." })
  hubCalendar(@Ctx() ctx: Context): HubCalendar {
    return { today: ctx.services.clock.today(), timeZone: ctx.services.clock.timeZone };
  }
}
