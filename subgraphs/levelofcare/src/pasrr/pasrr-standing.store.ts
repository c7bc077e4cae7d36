import { queryGraph } from "@pasrr/subgraph-kit/graph-call";
import type { RequestContext } from "@pasrr/subgraph-kit/context";
import type { PasrrStanding } from "../determination/determination.rules.ts";

interface Answer {
  individual: {
    pasrr: { requirementsMetOn: string | null; nextAction: { action: string } | null } | null;
    pasrrCompliance: { from: string; through: string | null; reason: string; recordIds: string[]; knownThrough: string | null }[] | null;
  } | null;
}

/**
 * The person's PASRR standing, owned by screenings, read through the graph at write time with
 * the caller's own token (so merged records count, and screenings applies its own rules).
 */
export async function readPasrrStanding(ctx: RequestContext, individualId: string): Promise<PasrrStanding | null> {
  const data = await queryGraph<Answer>(
    ctx,
    `query PasrrStandingForLevelOfCare($id: ID!) { individual(id: $id) { pasrr { requirementsMetOn nextAction { action } } pasrrCompliance { from through reason recordIds knownThrough } } }`,
    { id: individualId },
  );
  const pasrr = data.individual?.pasrr;
  if (!data.individual) return null;
  return {
    requirementsMetOn: pasrr?.requirementsMetOn ?? null,
    levelTwoPending: pasrr?.nextAction?.action === "LEVEL_II_DETERMINATION",
    // Today's answer only: the periods screenings still answers with.
    compliance: (data.individual.pasrrCompliance ?? []).filter((p) => p.knownThrough === null).map(({ knownThrough: _, ...period }) => period),
  };
}
