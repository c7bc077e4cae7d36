import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Prisma } from "../generated/prisma/client.ts";
import type { DerivedStay } from "./stay.derivation.ts";

/**
 * Stays are a projection of the census events, not a record of their own. Choice (issue 4):
 * the `Stay` rows are rebuilt for the person in the same transaction as every event insert,
 * rather than derived on each read, so a facility's census on a day is one indexed query over
 * `Stay` (see `presentOnWhere`) instead of a replay of every event of every resident. The
 * events stay the truth: a projection can always be rebuilt from them (`rebuildStays`).
 */
export const toStayRow = (stay: DerivedStay) => ({
  ...stay,
  admittedOn: toDbDate(stay.admittedOn),
  dischargedOn: stay.dischargedOn === null ? null : toDbDate(stay.dischargedOn),
  payerPeriods: stay.payerPeriods as unknown as Prisma.InputJsonValue,
  leavePeriods: stay.leavePeriods as unknown as Prisma.InputJsonValue,
});

/** Replaces the person's projected stays with those derived from their events. */
export async function rebuildStays(tx: Prisma.TransactionClient, individualId: string, stays: DerivedStay[]): Promise<void> {
  await tx.stay.deleteMany({ where: { individualId } });
  if (stays.length > 0) await tx.stay.createMany({ data: stays.map(toStayRow) });
}
