import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { recordIdArgument } from "@pasrr/graphql-kit/ids";
import { CensusEvent } from "../census/census-event.type.ts";
import type { Context } from "../context.ts";
import { Facility } from "../facility/facility.type.ts";
import { Individual } from "../individual/individual.stub.ts";
import { readLeavePeriods, readPayerPeriods } from "./stay.store.ts";
import { LeavePeriod, PayerPeriod } from "./stay-period.type.ts";
import { Stay } from "./stay.type.ts";

const facilityOf = (id: string | null, ctx: Context) => (id ? ctx.loaders.facility.load(id) : null);
/** A linked stay outside the principal's scope is null, like any stay the principal may not see. */
const stayOf = (id: string | null, ctx: Context) => (id ? ctx.loaders.stay.load(id) : null);

@Resolver(() => Stay)
export class StayResolver {
  @Query(() => Stay, { nullable: true, description: "One stay by id; null when there is none or it is outside your scope." })
  stay(@Arg("id", () => ID, { description: "The hub's id of the stay." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.stay.load(recordIdArgument("id", id));
  }

  @FieldResolver(() => Individual, { description: "The person who stayed." })
  individual(@Root() stay: Stay): Individual {
    return { id: stay.individualId };
  }

  @FieldResolver(() => Facility, { description: "The facility of the stay." })
  async facility(@Root() stay: Stay, @Ctx() ctx: Context) {
    return ctx.loaders.facility.load(stay.facilityId);
  }

  @FieldResolver(() => [PayerPeriod], { description: "Who paid from when, in order." })
  payerPeriods(@Root() stay: Stay): PayerPeriod[] {
    return readPayerPeriods(stay.payerPeriods);
  }

  @FieldResolver(() => [LeavePeriod], { description: "Hospital leaves (bed-hold) and leaves of absence, in order." })
  leavePeriods(@Root() stay: Stay): LeavePeriod[] {
    return readLeavePeriods(stay.leavePeriods);
  }

  @FieldResolver(() => Facility, { nullable: true, description: "The hospital or facility the person was admitted from, when it is on the hub." })
  admittedFrom(@Root() stay: Stay, @Ctx() ctx: Context) {
    return facilityOf(stay.admittedFromFacilityId, ctx);
  }

  @FieldResolver(() => Facility, { nullable: true, description: "For a transfer: the receiving facility." })
  transferredTo(@Root() stay: Stay, @Ctx() ctx: Context) {
    return facilityOf(stay.transferredToFacilityId, ctx);
  }

  @FieldResolver(() => Stay, { nullable: true, description: "The stay this one continues after a transfer, when you may see it." })
  previousStay(@Root() stay: Stay, @Ctx() ctx: Context) {
    return stayOf(stay.previousStayId, ctx);
  }

  @FieldResolver(() => Stay, { nullable: true, description: "The stay that continues this one after a transfer, when you may see it." })
  nextStay(@Root() stay: Stay, @Ctx() ctx: Context) {
    return stayOf(stay.nextStayId, ctx);
  }

  @FieldResolver(() => [CensusEvent], {
    description:
      "The census events recorded for the stay as they were entered, each followed by its corrections (the stay's dates and periods show them applied).",
  })
  async events(@Root() stay: Stay, @Ctx() ctx: Context) {
    const events = await ctx.loaders.censusEvent.loadMany(stay.eventIds);
    return events.map((event) => {
      if (event instanceof Error) throw event;
      return event;
    });
  }
}
