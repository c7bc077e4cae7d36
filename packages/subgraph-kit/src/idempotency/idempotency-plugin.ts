import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { DocumentNode, FormattedExecutionResult, GraphQLFormattedError, GraphQLSchema, OperationDefinitionNode } from "graphql";
import type { Role } from "@pasrr/auth/roles";
import type { RequestContext } from "../context.ts";
import type { Logger } from "@pasrr/observability/logger";
import { loggableError } from "@pasrr/observability/safe-error";
import { idempotencyHeader, parseIdempotencyKey, requestFingerprint } from "@pasrr/service-kit/idempotency-key";
import { idempotencyStore, type KeyOwner, type RawQueries, type StoredAnswer } from "./idempotency-store.ts";
import { refusedReplay } from "./replay-authorisation.ts";
import type { IdempotencyConfig } from "./idempotency.config.ts";
import type { RequestDatabase, TransactionalClient } from "./request-database.ts";

/**
 * Where the context keeps the request's database view, so the plugin can route it into a
 * transaction. A symbol, because Apollo copies the context's own properties (symbols included)
 * and a partner-facing resolver has no business with it.
 */
export const requestDatabaseKey = Symbol("requestDatabase");
const requestDatabaseOf = (context: object) => (context as { [requestDatabaseKey]?: RequestDatabase<object> })[requestDatabaseKey];

/** Thrown inside the transaction to undo a mutation that answered with errors; never leaves the plugin. */
class AnsweredWithErrors extends Error {}

type Start = { kind: "execute" } | { kind: "replay"; stored: StoredAnswer } | { kind: "failed"; error: unknown };

/**
 * Idempotent mutations (issue 8, item 2). A mutation sent with an `Idempotency-Key` header runs in
 * one transaction that also stores the key and the answer; a repeat with the same key and the
 * same request gets that first answer back (header `idempotent-replay: true`) and writes
 * nothing; the same key with a different request is a CONFLICT. A mutation that answers with
 * errors is rolled back whole and its key is not kept, so the client may retry it.
 * A key belongs to the principal that sent it (organisation, role, subject), never to a whole
 * organisation, and a replay is re-authorised against the access matrix and audited as a replay
 * (red-team finding 2: a payment-system token replayed a PAA's registration and got its SSN).
 */
// eslint-disable-next-line max-lines-per-function -- its two hooks share one transaction's promises (the answer, the commit), so they stay in one closure.
export function idempotencyPlugin(base: TransactionalClient, logger: Logger, config: IdempotencyConfig): ApolloServerPlugin<RequestContext> {
  return {
    // eslint-disable-next-line max-lines-per-function -- see above: the listener's hooks share the transaction's promises.
    async requestDidStart({ request }): Promise<GraphQLRequestListener<RequestContext> | void> {
      const header = request.http?.headers.get(idempotencyHeader) ?? undefined;
      if (!header) return;
      let finish: (result: FormattedExecutionResult) => void = () => undefined;
      const finished = new Promise<FormattedExecutionResult>((resolve) => (finish = resolve));
      let committed: Promise<unknown> | undefined;
      return {
        async responseForOperation({ operation, contextValue, schema, document }) {
          if (operation.operation !== "mutation") return null;
          let key: string | undefined;
          try {
            key = parseIdempotencyKey(header);
          } catch (error) {
            return errorResponse(200, { message: (error as Error).message, extensions: { code: "BAD_USER_INPUT", field: idempotencyHeader } });
          }
          if (!key) return null;
          const { organisationId, role, subject } = contextValue.principal;
          const owner: KeyOwner = { organisationId, role, subject };
          const fingerprint = requestFingerprint(request.query, request.operationName, request.variables);
          const scope = requestDatabaseOf(contextValue);
          if (!scope) throw new Error("the request has no RequestDatabase; the subgraph service must register one");

          let started: (start: Start) => void = () => undefined;
          const start = new Promise<Start>((resolve) => (started = resolve));
          // The transaction spans the whole mutation on purpose: the answer stored under the key and
          // the mutation's writes commit together or not at all, so a retry can never find writes
          // without their answer (and write them twice) nor an answer whose writes were lost. The
          // price: each idempotent mutation in flight holds one pooled connection until it answers,
          // so DATABASE_POOL_MAX must cover them beside the other requests; a mutation that cannot
          // get one within IDEMPOTENCY_TRANSACTION_MAX_WAIT_MS (or DATABASE_CONNECT_TIMEOUT_MS,
          // whichever is shorter) is answered SERVICE_UNAVAILABLE, having written nothing.
          committed = base.$transaction(
            async (tx: never) => {
              const raw = tx as RawQueries;
              await idempotencyStore.lock(raw, owner, key);
              const stored = await idempotencyStore.find(raw, owner, key);
              if (stored) return started({ kind: "replay", stored });
              await scope.within(tx as object, async () => {
                started({ kind: "execute" });
                const result = await finished;
                if (result.errors?.length) throw new AnsweredWithErrors();
                const { fields, writes, entityIds } = contextValue.audit;
                await idempotencyStore.save(raw, owner, key, {
                  fingerprint,
                  response: result,
                  audit: { fields: [...fields], writes: [...writes], entityIds: [...entityIds] },
                });
              });
            },
            { maxWait: config.transactionMaxWaitMs, timeout: config.transactionTimeoutMs },
          );
          committed.catch((error: unknown) => started({ kind: "failed", error }));

          const outcome = await start;
          if (outcome.kind === "execute") return null;
          committed = undefined;
          if (outcome.kind === "failed") {
            logger.warn({ err: loggableError(outcome.error) }, "idempotency check failed");
            return errorResponse(200, {
              message: "The service could not check the idempotency key; nothing was recorded. Try again shortly.",
              extensions: { code: "SERVICE_UNAVAILABLE" },
            });
          }
          return replay(outcome.stored, { key, fingerprint, role }, schema, document, operation, contextValue);
        },

        async willSendResponse({ response }) {
          if (!committed || response.body.kind !== "single") return;
          finish(response.body.singleResult);
          await settle(response.body, committed, logger);
        },
      };
    },
  };
}

/**
 * The stored answer to a key already used: refused when the request differs, re-authorised
 * against the access matrix for the caller's role, and audited as a replay of the first answer.
 */
function replay(
  stored: StoredAnswer,
  { key, fingerprint, role }: { key: string; fingerprint: string; role: Role },
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  contextValue: RequestContext,
): GraphQLResponse {
  if (stored.fingerprint !== fingerprint) {
    return errorResponse(200, {
      message: `The Idempotency-Key ${key} was already used for a different request; use a new key for a new request`,
      extensions: { code: "CONFLICT", rule: "IDEMPOTENCY_KEY_REUSED" },
    });
  }
  const refused = refusedReplay(schema, document, operation, role);
  if (refused) {
    contextValue.audit.write(refused.replace(/^Mutation\./, ""), []);
    return errorResponse(200, { message: `${role} may not use ${refused}`, extensions: { code: "FORBIDDEN" } });
  }
  contextValue.audit.replayed(stored.audit);
  const http = { status: 200, headers: new HeaderMap([["idempotent-replay", "true"]]) };
  return { http, body: { kind: "single", singleResult: stored.response } } satisfies GraphQLResponse;
}

/** Waits for the idempotent transaction to commit; an answer whose writes were undone must not claim them. */
async function settle(body: { singleResult: FormattedExecutionResult }, committed: Promise<unknown>, logger: Logger) {
  try {
    await committed;
  } catch (error) {
    if (error instanceof AnsweredWithErrors) {
      // Every write of this request was undone: no field may claim to have succeeded.
      body.singleResult = { ...body.singleResult, data: null };
      return;
    }
    logger.warn({ err: loggableError(error) }, "idempotent mutation could not commit");
    body.singleResult = {
      data: null,
      errors: [
        {
          message: "The change could not be saved; nothing was recorded. Try again with the same Idempotency-Key.",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        },
      ],
    };
  }
}

function errorResponse(status: number, error: GraphQLFormattedError): GraphQLResponse {
  return { http: { status, headers: new HeaderMap() }, body: { kind: "single", singleResult: { errors: [error] } } };
}
