import type { IncomingMessage, ServerResponse } from "node:http";

/** A set of pages the gateway serves beside /graphql; answers true when it handled the request. */
export type PageRoutes = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

/** The sandbox and the UI, each asked in turn; undefined when the gateway serves no pages at all. */
export function firstRouteThatAnswers(routes: (PageRoutes | undefined)[]): PageRoutes | undefined {
  const served = routes.filter((route): route is PageRoutes => route !== undefined);
  if (served.length === 0) return undefined;
  return async (request, response, url) => {
    for (const route of served) if (await route(request, response, url)) return true;
    return false;
  };
}
