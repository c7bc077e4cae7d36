import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { Context } from "../context.ts";
import { Facility } from "../facility/facility.type.ts";
import { Individual } from "../individual/individual.stub.ts";
import { CensusEvent } from "./census-event.type.ts";
import { recordCensusEvent } from "./record-census-event.action.ts";
import { RecordCensusEventInput } from "./record-census-event.input.ts";
import { RecordCensusEventPayload } from "./record-census-event.payload.ts";
import { censusEventDraftSchema } from "./record-census-event.validation.ts";

@Resolver(() => CensusEvent)
export class CensusEventResolver {
  @Mutation(() => RecordCensusEventPayload, {
    description:
      "Records a census event for one of your facilities (a nursing facility; the state agency may record corrections). History is never edited: fix a mistake with a CORRECTION.",
  })
  async recordCensusEvent(
    @Arg("input", () => RecordCensusEventInput, { description: "The event." }) input: RecordCensusEventInput,
    @Ctx() ctx: Context,
  ): Promise<RecordCensusEventPayload> {
    const draft = parseInput(censusEventDraftSchema(ctx.services.clock.today()), input, "input", "CENSUS_EVENT_INPUT");
    const { event, stay, residentFacts } = await recordCensusEvent(ctx.db, ctx.principal, ctx.services.settings, draft, ctx.services.clock);
    // Committed: wake the relay so the facts reach screenings now, not at the next poll.
    if (residentFacts > 0) ctx.services.censusFeed.ring();
    return { event, stay };
  }

  @FieldResolver(() => Individual, { description: "The person the event is about." })
  individual(@Root() event: CensusEvent): Individual {
    return { id: event.individualId };
  }

  @FieldResolver(() => Facility, { description: "The facility that reported it." })
  facility(@Root() event: CensusEvent, @Ctx() ctx: Context) {
    return ctx.loaders.facility.load(event.facilityId);
  }

  @FieldResolver(() => Facility, { nullable: true, description: "For an admission: the hospital or facility the person came from, when on the hub." })
  fromFacility(@Root() event: CensusEvent, @Ctx() ctx: Context) {
    return event.fromFacilityId ? ctx.loaders.facility.load(event.fromFacilityId) : null;
  }

  @FieldResolver(() => Facility, { nullable: true, description: "For a transfer: the receiving facility." })
  toFacility(@Root() event: CensusEvent, @Ctx() ctx: Context) {
    return event.toFacilityId ? ctx.loaders.facility.load(event.toFacilityId) : null;
  }

  @FieldResolver(() => CensusEvent, { nullable: true, description: "For a correction: the event it corrects." })
  corrects(@Root() event: CensusEvent, @Ctx() ctx: Context) {
    return event.correctsEventId ? ctx.loaders.censusEvent.load(event.correctsEventId) : null;
  }
}
