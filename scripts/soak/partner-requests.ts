import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Ledger, WriteKind } from "./ledger.ts";

// Answers are read by shape; `any` stays inside this transport and the workload's id readers.
type Answer = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
export type IdOf = (data: any) => string;

/** The answer was lost (the connection died with a replica) or a service was briefly unavailable: the same request may go again. */
const retryableCodes = ["NETWORK", "SERVICE_UNAVAILABLE"];
const maxAttempts = 6;
/** 0.1, 0.2, 0.4, 0.8, 1 s: about 2.5 s in all, longer than the proxies need to pass over a dead replica. */
const backoffMs = (attempt: number) => Math.min(1000, 100 * 2 ** (attempt - 1));
const errorLine = (label: string, answer: Answer) => `${label}: ${JSON.stringify(answer.errors).slice(0, 300)}`;

/**
 * How a careful partner client talks to the hub: every write carries an Idempotency-Key and is
 * sent again with the same key while the answer is lost or a service unavailable, so a write is
 * stored once however often it is sent; a read is simply asked again. A request counts as an
 * error only when it still fails after its retries. Now and then an acknowledged write is sent
 * again on purpose, to prove the repeat changes nothing.
 */
export class PartnerRequests {
  constructor(
    private readonly gatewayUrl: string,
    private readonly ledger: Ledger,
  ) {}

  /** A query's data, or undefined once its failure is recorded. */
  async read(label: string, token: string, query: string, variables: Record<string, unknown>): Promise<any> {
    const answer = await this.withRetries(token, query, variables);
    if (!answer.errors) return answer.data;
    this.ledger.errors.push(errorLine(label, answer));
    return undefined;
  }

  /** A write's data, its id acknowledged in the ledger; undefined once its failure is recorded. */
  async write(kind: WriteKind, token: string, query: string, variables: Record<string, unknown>, idOf: IdOf): Promise<any> {
    const key = randomUUID();
    const answer = await this.withRetries(token, query, variables, key);
    if (answer.errors) {
      this.ledger.errors.push(errorLine(kind, answer));
      return undefined;
    }
    const id = idOf(answer.data);
    this.ledger.acknowledged[kind].add(id);
    if (Math.random() < 0.1) {
      const again = await this.withRetries(token, query, variables, key);
      this.ledger.replaysChecked += 1;
      if (again.errors || idOf(again.data) !== id) this.ledger.replayMismatches += 1;
    }
    return answer.data;
  }

  private async withRetries(token: string, query: string, variables: Record<string, unknown>, key?: string): Promise<Answer> {
    for (let attempt = 1; ; attempt++) {
      const answer = await this.send(token, query, variables, key).catch((error: Error): Answer => ({
        errors: [{ message: `${error.message} (${String((error.cause as Error | undefined)?.message ?? "")})`, extensions: { code: "NETWORK" } }],
      }));
      const retryable = answer.errors?.some((error) => retryableCodes.includes(String(error.extensions?.code)));
      if (!retryable || attempt === maxAttempts) {
        if (attempt > 1 && !answer.errors) this.ledger.retried += 1;
        return answer;
      }
      await sleep(backoffMs(attempt));
    }
  }

  private async send(token: string, query: string, variables: Record<string, unknown>, key?: string): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(this.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...(key ? { "idempotency-key": key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Answer;
    this.ledger.latenciesMs.push(performance.now() - started);
    return body;
  }
}
