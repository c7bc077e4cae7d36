import { fromDbDate } from "@pasrr/graphql-kit/scalars";
import type { ServiceIdentity } from "@pasrr/auth/service-identity";
import type { ResidentFactOutbox } from "../generated/prisma/client.ts";
import { failureKindOf, type FailureKind } from "./delivery-failure.rules.ts";

const reportFact = /* GraphQL */ `
  mutation DeliverResidentFact($input: ReportResidentEventInput!) { reportResidentEvent(input: $input) { residentReview { id } } }
`;

export type Delivery = (row: ResidentFactOutbox) => Promise<void>;

/** A delivery the graph did not acknowledge, judged (delivery-failure.rules.ts); `code` names why without quoting the row. */
export class DeliveryFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DeliveryFailure";
  }
}

type GraphAnswer = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

/** The graph's answer, or an outage when it could not be had (not reached, timed out, not JSON). */
async function post(graphUrl: string, token: string, body: string, timeoutMs: number): Promise<{ status: number; answer: GraphAnswer }> {
  let response: Response;
  try {
    response = await fetch(graphUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw new DeliveryFailure("outage", timedOut ? "TIMEOUT" : "UNREACHABLE", timedOut ? `no answer within ${timeoutMs} ms` : "the graph could not be reached");
  }
  return { status: response.status, answer: (await response.json().catch(() => ({}))) as GraphAnswer };
}

/**
 * Delivers one outbox row to screenings through the gateway, as the facilities service acting
 * with the narrowest role that may report it: a nursing facility scoped to the facility of the
 * event (for a transfer: both facilities, since the clocks move from one to the other).
 * Acknowledged means an answer without errors; anything else throws a DeliveryFailure.
 */
export function graphDelivery(identity: ServiceIdentity, graphUrl: string, timeoutMs: number): Delivery {
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
    const { status, answer } = await post(graphUrl, token, JSON.stringify({ query: reportFact, variables: { input } }), timeoutMs);
    const error = answer.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? "ERROR";
      throw new DeliveryFailure(failureKindOf(code), code, `${code}: ${error.message}`);
    }
    if (status < 200 || status >= 300 || !answer.data) throw new DeliveryFailure("outage", `HTTP_${status}`, `the graph answered HTTP ${status} without data`);
  };
}
