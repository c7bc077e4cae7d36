import { personName } from "./person-text.ts";

/** One merge of a record into the person, as the identity history records it. */
export interface MergeSeen {
  eventId: string;
  mergedId: string;
  mergedName: string;
  survivorId: string;
  mergedAt: string;
  by: string;
  reason: string;
  /** When the merge was undone (a later UNMERGED of the same record); null while it stands. */
  undoneAt: string | null;
}

interface HistoryEvent {
  id: string;
  kind: string;
  individualId: string;
  relatedIndividualId?: string | null;
  reason?: string | null;
  occurredAt: string;
  actorOrganisation: string;
  before?: unknown;
}

/** The merged record's name from the MERGED event's `before.merged` snapshot, when it is there. */
function snapshotName(before: unknown): string {
  const merged = typeof before === "object" && before !== null ? (before as { merged?: unknown }).merged : undefined;
  return typeof merged === "object" && merged !== null ? personName(merged as Record<string, string | null>) : "(name not recorded)";
}

/**
 * The merges touching this person (it the survivor, or it the record merged), oldest first, each
 * undone when an UNMERGED of the same record follows it (history is oldest first).
 */
export function mergesOf(personId: string, history: HistoryEvent[]): MergeSeen[] {
  const merges: MergeSeen[] = [];
  for (const event of history) {
    const touches = event.individualId === personId || event.relatedIndividualId === personId;
    if (event.kind === "MERGED" && touches && event.relatedIndividualId)
      merges.push({
        eventId: event.id,
        mergedId: event.individualId,
        mergedName: snapshotName(event.before),
        survivorId: event.relatedIndividualId,
        mergedAt: event.occurredAt,
        by: event.actorOrganisation,
        reason: event.reason ?? "",
        undoneAt: null,
      });
    if (event.kind === "UNMERGED") {
      const undone = merges.findLast((merge) => merge.mergedId === event.individualId && !merge.undoneAt);
      if (undone) undone.undoneAt = event.occurredAt;
    }
  }
  return merges;
}
