import { useState } from "react";
import type { WorklistPage } from "./worklist-table.tsx";

/**
 * Relay-style paging over a connection: the cursors of the pages already seen, so "previous"
 * returns to exactly the page it left. `after` goes into the query's variables.
 */
export function useCursorPages(pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined): { after: string | null; page: WorklistPage } {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    page: {
      hasNextPage: pageInfo?.hasNextPage ?? false,
      hasPreviousPage: cursors.length > 1,
      next: () => pageInfo?.endCursor && setCursors((seen) => [...seen, pageInfo.endCursor ?? null]),
      previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    },
  };
}
