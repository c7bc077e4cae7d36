import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { ServiceIdentity } from "@pasrr/auth/service-identity";
import type { ResidentFactOutbox } from "../generated/prisma/client.ts";

const reportFact = /* GraphQL */ `
  mutation DeliverResidentFact($input: ReportResidentEventInput!) { reportResidentEvent(input: $input) { residentReview { id } } }
`;

export type Delivery = (row: ResidentFactOutbox) => Promise<void>;

/**
 * Delivers one outbox row to screenings through the gateway, as the facilities service acting
 * with the narrowest role that may report it: a nursing facility scoped to the facility of the
 * event (for a transfer: both facilities, since the clocks move from one to the other).
 * Acknowledged means an answer without errors; anything else throws, and the relay retries.
 */
export function graphDelivery(identity: ServiceIdentity, graphUrl: string, timeoutMs = 10_000): Delivery {
  return async (row) => {
    const facilityIds = row.fromFacilityId ? [row.facilityId, row.fromFacilityId] : [row.facilityId];
    const token = await identity.tokenFor({ role: "NURSING_FACILITY", facilityIds });
    const input = {
      individualId: row.individualId,
      facilityId: row.facilityId,
      facilityCounty: row.facilityCounty,
      event: row.fact,
      occurredOn: fromDbDate(row.occurredOn),
      fromFacilityId: row.fromFacilityId,
      censusEventId: row.censusEventId,
    };
    const response = await fetch(graphUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: reportFact, variables: { input } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    if (error) throw new Error(`${error.extensions?.code ?? "ERROR"}: ${error.message}`);
    if (!response.ok || !body.data) throw new Error(`the graph answered HTTP ${response.status} without data`);
  };
}
