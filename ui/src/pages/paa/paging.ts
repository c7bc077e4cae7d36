import { useEffect, useState } from "react";
import { useCursorPages } from "../../worklist/cursor-pages.ts";
import type { WorklistPage } from "../../worklist/worklist-table.tsx";

interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface ListPaging {
  after: string | null;
  page: WorklistPage;
  show(pageInfo: PageInfoLike): void;
}

/**
 * useCursorPages for a list whose page info comes with the query that needs its `after`: the
 * query reads `after`, then `usePageShown` hands back the page info of the answer on screen.
 */
export function useListPaging(): ListPaging {
  const [shown, setShown] = useState<PageInfoLike>();
  const { after, page } = useCursorPages(shown);
  return { after, page, show: setShown };
}

export function usePageShown(paging: ListPaging, pageInfo: PageInfoLike | undefined): void {
  const hasNextPage = pageInfo?.hasNextPage;
  const endCursor = pageInfo?.endCursor;
  const { show } = paging;
  useEffect(() => {
    if (hasNextPage !== undefined) show({ hasNextPage, endCursor });
  }, [show, hasNextPage, endCursor]);
}
