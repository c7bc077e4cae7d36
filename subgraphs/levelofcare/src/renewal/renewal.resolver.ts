import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { badUserInput, DateScalar, forbidden, toDbDate } from "@pasrr/platform";
import { readScope } from "../access/access.rules.ts";
import { determinationWhere } from "../access/access.where.ts";
import type { Context } from "../context.ts";
import { LevelOfCareDetermination } from "../determination/determination.type.ts";
import { defaultRenewalWindowDays, maxRenewalWindowDays, renewalWindow } from "./renewal.rules.ts";


@Resolver()
export class RenewalWorklistResolver {
  @Query(() => [LevelOfCareDetermination], {
    description:
      "Approvals that expire within the renewal window (CT: renewals are submitted 7–10 days before expiry) and have not been superseded, soonest first. A nursing facility sees its own facilities' residents, a PAA its counties.",
  })
  async levelOfCareRenewalsDue(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { description: "The day the worklist is for." }) asOf: string,
    @Arg("withinDays", () => Int, { defaultValue: defaultRenewalWindowDays, description: `How many days ahead to look (1–${maxRenewalWindowDays}).` }) withinDays: number,
  ) {
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > maxRenewalWindowDays) {
      throw badUserInput("withinDays", `must be a whole number from 1 to ${maxRenewalWindowDays}`);
    }
    const { principal } = ctx;
    if (principal.role === "NURSING_FACILITY" && principal.facilityIds.length === 0) throw forbidden("A nursing facility token must name its facilities");
    const window = renewalWindow(asOf, withinDays);
    return ctx.db.levelOfCareDetermination.findMany({
      where: {
        decision: "APPROVED",
        effectiveThrough: { gte: toDbDate(window.from), lte: toDbDate(window.through) },
        supersededBy: { is: null },
        // Out-of-scope rows are never loaded: the partner's scope is part of the query.
        ...determinationWhere(readScope(principal)),
      },
      orderBy: [{ effectiveThrough: "asc" }, { id: "asc" }],
    });
  }
}
