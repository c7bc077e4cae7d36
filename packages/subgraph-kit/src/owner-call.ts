import type { ServiceCredentialIssuer } from "@pasrr/auth/service-credential";
import { serviceCredentialHeader } from "@pasrr/auth/service-credential";
import type { ServiceIdentity } from "@pasrr/auth/service-identity";
import type { SubgraphName } from "@pasrr/config/service-names";
import { hubError } from "@pasrr/graphql-kit/errors";
import { injectTraceHeaders } from "@pasrr/observability/tracing";

/**
 * How a subgraph learns a fact another owner holds when its own authority rule depends on it —
 * a facility's county and type, a person's stays, who submitted a screen (README, "Rules that
 * span owners"). The call goes straight to the owning subgraph, not through the partners'
 * gateway: it spends no partner's rate limit, passes no partner's safelist, and carries the
 * service's own identity (acting as the state agency, so the owner answers the fact whoever the
 * caller is) together with the service credential that marks it as the hub's own traffic. The
 * owner's answer is the record; nothing the partner typed is consulted.
 *
 * No database transaction may be open around a call: callers ask first, then write.
 */
export interface OwnerCalls {
  query<T>(owner: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T>;
}

export interface OwnerCallsFactory {
  /** The calls made while answering one request carry its request id, so the owner's log line joins it. */
  forRequest(requestId: string): OwnerCalls;
}

export function createOwnerCalls(
  urls: Record<SubgraphName, string>,
  identity: ServiceIdentity,
  credential: ServiceCredentialIssuer,
  timeoutMs = 5_000,
): OwnerCallsFactory {
  let token: { value: string; renewAt: number } | undefined;
  const authorization = async () => {
    const now = Date.now();
    // The service identity's tokens live five minutes; one is reused for four.
    if (!token || now >= token.renewAt) token = { value: `Bearer ${await identity.tokenFor({ role: "STATE_MEDICAID_AGENCY" })}`, renewAt: now + 240_000 };
    return token.value;
  };
  return {
    forRequest(requestId) {
      return {
        async query<T>(owner: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T> {
          let response: Response;
          try {
            response = await fetch(urls[owner], {
              method: "POST",
              headers: injectTraceHeaders({
                "content-type": "application/json",
                authorization: await authorization(),
                [serviceCredentialHeader]: await credential.header(),
                "x-request-id": requestId,
              }),
              body: JSON.stringify({ query, variables }),
              signal: AbortSignal.timeout(timeoutMs),
            });
          } catch {
            throw hubError(
              "SERVICE_UNAVAILABLE",
              `The ${owner} service could not be reached to check the records this request depends on; nothing was recorded`,
              { service: owner },
            );
          }
          const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: unknown[] };
          // A fact that cannot be had is never guessed: the caller's request fails whole.
          if (body.errors?.length || !body.data) {
            throw hubError("SERVICE_UNAVAILABLE", `The ${owner} service could not confirm the records this request depends on; nothing was recorded`, {
              service: owner,
            });
          }
          return body.data;
        },
      };
    },
  };
}
