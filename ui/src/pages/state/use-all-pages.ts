import { useEffect, useState } from "react";
import { CombinedError } from "urql";

export interface Page<Node> {
  nodes: Node[];
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** A dashboard counts whole lists: this many pages of 100 at most, then it says the count is partial. */
const maxPages = 50;

/** Every page of a connection, one after another (each page's `endCursor` asks for the next). */
export async function allPages<Node>(fetchPage: (after: string | null) => Promise<{ page?: Page<Node>; error?: CombinedError }>) {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let n = 0; n < maxPages; n += 1) {
    const { page, error } = await fetchPage(after);
    if (error || !page) return { nodes, error, complete: false };
    nodes.push(...page.nodes);
    if (!page.hasNextPage || !page.endCursor) return { nodes, complete: true };
    after = page.endCursor;
  }
  return { nodes, complete: false };
}

/** The answer of an async load (all pages of several lists) for a component: loading, data, or the hub's error. */
export function useLoaded<T>(load: () => Promise<{ value?: T; error?: CombinedError }>, deps: unknown[]) {
  const [state, setState] = useState<{ value?: T; error?: CombinedError; loading: boolean }>({ loading: true });
  useEffect(() => {
    let current = true;
    setState({ loading: true });
    load().then(
      (answer) => current && setState({ ...answer, loading: false }),
      (error: Error) => current && setState({ loading: false, error: new CombinedError({ networkError: error }) }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on.
  }, deps);
  return state;
}
