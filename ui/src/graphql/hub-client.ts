import { Client, cacheExchange, fetchExchange } from "urql";

/**
 * One urql client per session (urql: small, typed documents from the client preset work as they
 * are, and its document cache refetches a list when a mutation returns one of its types). A new
 * session gets a new client, so no cached answer outlives the user who asked.
 */
export function hubClient(graphqlUrl: string, token: string): Client {
  return new Client({
    url: graphqlUrl,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
}
