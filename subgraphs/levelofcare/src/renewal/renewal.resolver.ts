import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { badUserInput, forbidden } from "@pasrr/graphql-kit/errors";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { pageRequest, toConnection } from "@pasrr/graphql-kit/pagination";
import { readScope } from "../access/read-scope.access.ts";
import type { Context } from "../context.ts";
import { defaultRenewalWindowDays, maxRenewalWindowDays, renewalWindow } from "./renewal.rules.ts";
import { isRenewalCursorKey, renewalCursorKey, renewalsDuePage } from "./renewal.store.ts";
import { RenewalDueConnection } from "./renewal.type.ts";

@Resolver()
export class RenewalWorklistResolver {
  @Query(() => RenewalDueConnection, {
    description:
      "Approvals that expire within the renewal window (CT: renewals are submitted 7–10 days before expiry) and have not been superseded, soonest first, a page at a time. A nursing facility sees its own facilities' residents, a PAA its counties.",
  })
  async levelOfCareRenewalsDue(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { description: "The day the worklist is for." }) asOf: string,
    @Arg("withinDays", () => Int, { defaultValue: defaultRenewalWindowDays, description: `How many days ahead to look (1–${maxRenewalWindowDays}).` })
    withinDays: number,
    @Arg("first", () => Int, { defaultValue: 100, description: "How many approvals per page (1–100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." }) after?: string | null,
  ) {
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > maxRenewalWindowDays) {
      throw badUserInput("withinDays", `must be a whole number from 1 to ${maxRenewalWindowDays}`);
    }
    const page = pageRequest(first, after, isRenewalCursorKey);
    const { principal } = ctx;
    if (principal.role === "NURSING_FACILITY" && principal.facilityIds.length === 0) throw forbidden("A nursing facility token must name its facilities");
    const rows = await renewalsDuePage(ctx.db, readScope(principal), renewalWindow(asOf, withinDays), page);
    return toConnection(rows, page, renewalCursorKey);
  }
}
