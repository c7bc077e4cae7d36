import { facilityRegistry } from "@pasrr/subgraph-kit/access/facility-registry";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Context } from "../context.ts";

/**
 * A categorical granted after the person was admitted on it (the NF admitted while the request
 * was pending) starts its time-limited clock from the grant: the admission started none, as no
 * approval was in force (resident-review.rules.ts). The review runs at the admitting NF and falls
 * due on the grant's last day. An admission after the grant starts its clock as any admission does.
 * Read before the decision's transaction: the facility's county is the registry's (an owner call).
 */
export async function clockFromGrant(ctx: Context, screen: { id: string; individualId: string }, decidedOn: string, validThrough: string, source: string) {
  const admission = await ctx.db.nursingFacilityAdmission.findFirst({ where: { screenId: screen.id }, orderBy: [{ admittedOn: "desc" }, { id: "desc" }] });
  if (!admission) return null;
  const facility = await facilityRegistry(ctx).load(admission.facilityId);
  if (!facility) return null;
  return {
    individualId: screen.individualId,
    facilityId: admission.facilityId,
    facilityCounty: facility.county,
    reason: "TIME_LIMITED_APPROVAL_EXPIRING" as const,
    triggeredOn: toDbDate(decidedOn),
    dueOn: toDbDate(validThrough),
    source: `${source}; counted from the categorical's grant on ${decidedOn}`,
  };
}
