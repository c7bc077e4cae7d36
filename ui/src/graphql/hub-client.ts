import { Client, cacheExchange, fetchExchange, mapExchange } from "urql";

/**
 * One urql client per session (urql: small, typed documents from the client preset work as they
 * are, and its document cache refetches a list when a mutation returns one of its types). A new
 * session gets a new client, so no cached answer outlives the user who asked. When the hub refuses
 * the token (UNAUTHENTICATED: expired, revoked or not the hub's), `refused` ends the session.
 */
export function hubClient(graphqlUrl: string, token: string, refused?: () => void): Client {
  const watchRefusal = mapExchange({
    onError(error) {
      if (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) refused?.();
    },
  });
  return new Client({
    url: graphqlUrl,
    exchanges: [watchRefusal, cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
}
