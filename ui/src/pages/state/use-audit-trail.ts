import { useQuery } from "urql";
import { readFragment } from "../../gql";
import type { AuditEventFilter } from "../../gql/graphql.ts";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import { AuditEventRowFragment, type AuditService } from "./audit-services.ts";

/** One service's audit trail for the search, a page at a time (its own cursors: paged per service). */
export function useAuditTrail(service: AuditService, filter: AuditEventFilter) {
  const { after, pageOf } = useCursorPages();
  const [{ data, error, fetching }] = useQuery({
    query: service.query,
    variables: { filter, after },
    // The trail grows by the minute: a search asked again shows what the hub holds now, not the answer cached for it.
    requestPolicy: "cache-and-network",
  });
  const current = data?.trail.pageInfo;
  const events = (data?.trail.edges ?? []).map((edge) => readFragment(AuditEventRowFragment, edge.node));
  return { service, events, error, fetching, page: pageOf(current) };
}

export type AuditTrailPage = ReturnType<typeof useAuditTrail>;
export type AuditEventRow = AuditTrailPage["events"][number];
