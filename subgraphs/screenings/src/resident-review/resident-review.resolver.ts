import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";
import { Individual } from "../individual/individual.stub.ts";
import { ReportResidentEventInput } from "./resident-review.input.ts";
import { ResidentReview, ResidentReviewConnection } from "./resident-review.type.ts";
import { ReportResidentEventPayload } from "./resident-review.payload.ts";
import { reportResidentEvent } from "./report-event.action.ts";
import { findingWorklist, reviewWorklist } from "./review-worklist.store.ts";

@Resolver(() => ResidentReview)
export class ResidentReviewResolver {
  @Mutation(() => ReportResidentEventPayload, {
    description: "Reports a census fact about a resident; returns the Resident Review it makes due (the open one if already due), or null when none is due.",
  })
  async reportResidentEvent(
    @Arg("input", () => ReportResidentEventInput, { description: "The census fact." }) input: ReportResidentEventInput,
    @Ctx() ctx: Context,
  ): Promise<ReportResidentEventPayload> {
    return { residentReview: await reportResidentEvent(input, ctx) };
  }

  @Query(() => ResidentReviewConnection, { description: "Open Resident Reviews due from `asOf` through `asOf + withinDays`, soonest first." })
  residentReviewsDue(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { description: "The day the worklist is for." }) asOf: string,
    @Arg("withinDays", () => Int, { defaultValue: 14, description: "How many days ahead to look (0–366)." }) withinDays: number,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many reviews to return (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    return reviewWorklist(ctx, "due", asOf, withinDays, first, after);
  }

  @Query(() => ResidentReviewConnection, { description: "Open Resident Reviews whose due day passed before `asOf`, most overdue first." })
  overdueResidentReviews(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { description: "The day the worklist is for." }) asOf: string,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many reviews to return (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    return reviewWorklist(ctx, "overdue", asOf, 0, first, after);
  }

  @Query(() => ResidentReviewConnection, {
    description:
      "Resident Reviews whose reason is a compliance finding (ADMITTED_WITHOUT_PASRR, LEVEL_I_AFTER_ADMISSION, LEVEL_II_OPEN_AT_ADMISSION), open or done, soonest due first; scoped as the Resident Review worklists.",
  })
  residentReviewFindings(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many reviews to return (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    return findingWorklist(ctx, first, after);
  }

  @FieldResolver(() => Individual, { description: "The resident." })
  individual(@Root() review: ResidentReview): Individual {
    return { id: review.individualId };
  }
}
