import { useState } from "react";
import type { WorklistPage } from "./worklist-table.tsx";

/** What a connection's answer says about its pages. */
export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface CursorPages {
  /** The cursor of the page to show: the query's `after`. */
  after: string | null;
  /** The table's pager for the answer on screen: "next" continues from that answer's end. */
  pageOf(pageInfo: PageInfoLike | undefined): WorklistPage;
}

/**
 * Relay-style paging over a connection: the cursors of the pages already seen, so "previous"
 * returns to exactly the page it left. The query reads `after`; its answer's `pageInfo` goes to
 * `pageOf`, so no caller keeps page info of its own.
 */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    pageOf: (pageInfo) => ({
      hasNextPage: pageInfo?.hasNextPage ?? false,
      hasPreviousPage: cursors.length > 1,
      next: () => pageInfo?.endCursor && setCursors((seen) => [...seen, pageInfo.endCursor ?? null]),
      previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    }),
  };
}
