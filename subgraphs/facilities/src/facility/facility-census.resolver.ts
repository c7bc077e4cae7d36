import { Arg, Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { forbidden } from "@pasrr/graphql-kit/errors";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { censusScope, coversFacility } from "../access/census.access.ts";
import type { Context } from "../context.ts";
import type { Stay } from "../generated/prisma/client.ts";
import { censusKey } from "../loaders.ts";
import { readLeavePeriods, readPayerPeriods } from "../stay/stay.store.ts";
import { payerOn, presenceOn } from "../stay/stay.rules.ts";
import { CensusEntry } from "./census-entry.type.ts";
import { Facility } from "./facility.type.ts";

/**
 * The residents of a facility on a day, through the `censusOn` loader: one statement whatever
 * their number, and none at all when the facility was resolved with its census (see
 * `resolveFacility`). Who may ask: see `censusScope`; asking about a facility outside your
 * scope is FORBIDDEN, because an empty census would read as "nobody there".
 */
async function censusOn(facility: Facility, on: CalendarDate, ctx: Context): Promise<Stay[]> {
  if (!coversFacility(censusScope(ctx.principal), facility)) {
    // The refusal names no fact of the facility: the caller may not see its census.
    throw forbidden(`${ctx.principal.role} may not read this facility's census`);
  }
  return (await ctx.loaders.censusOn.load(censusKey(facility.id, on)))?.stays ?? [];
}

const entryOn = (stay: Stay, on: CalendarDate): CensusEntry => ({
  individual: { id: stay.individualId },
  stay,
  presence: presenceOn(readLeavePeriods(stay.leavePeriods), on),
  payer: payerOn(readPayerPeriods(stay.payerPeriods), on),
});

@Resolver(() => Facility)
export class FacilityCensusResolver {
  @FieldResolver(() => [CensusEntry], {
    description:
      "The residents on the census on a day: admitted on or before it and not yet gone (the day of discharge or transfer is not counted), with residents away on hospital leave or leave of absence included.",
  })
  async census(@Root() facility: Facility, @Arg("on", () => DateScalar, { description: "The day." }) on: CalendarDate, @Ctx() ctx: Context) {
    return (await censusOn(facility, on, ctx)).map((stay) => entryOn(stay, on));
  }

  @FieldResolver(() => [CensusEntry], { description: "The current residents: the census on today's date (the state's date, in its time zone)." })
  async residents(@Root() facility: Facility, @Ctx() ctx: Context) {
    const today = ctx.services.clock.today();
    return (await censusOn(facility, today, ctx)).map((stay) => entryOn(stay, today));
  }

  /** For the router only (`@requires` in screenings computes the IMD share from its own Level II findings). */
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], { description: "Ids of the current residents (router-only: screenings requires it for the IMD share)." })
  async currentResidentIds(@Root() facility: Facility, @Ctx() ctx: Context) {
    return (await censusOn(facility, ctx.services.clock.today(), ctx)).map((stay) => stay.individualId);
  }
}
