import { z } from "zod";
import { readVar, type Env } from "@pasrr/config/env";

/** The bounds of the one transaction an idempotent mutation runs in (idempotency-plugin.ts). */
export interface IdempotencyConfig {
  /** `IDEMPOTENCY_TRANSACTION_TIMEOUT_MS`: the whole mutation, its writes and its stored answer; past it, all is rolled back. */
  transactionTimeoutMs: number;
  /** `IDEMPOTENCY_TRANSACTION_MAX_WAIT_MS`: how long the mutation may wait for a connection to begin in. */
  transactionMaxWaitMs: number;
}

const milliseconds = z.coerce.number().int().min(1).max(3_600_000);

export function loadIdempotencyConfig(env: Env): IdempotencyConfig {
  return {
    transactionTimeoutMs: readVar(env, "IDEMPOTENCY_TRANSACTION_TIMEOUT_MS", milliseconds.default(60_000)),
    transactionMaxWaitMs: readVar(env, "IDEMPOTENCY_TRANSACTION_MAX_WAIT_MS", milliseconds.default(10_000)),
  };
}
