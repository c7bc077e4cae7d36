import type { RateLimitCheck } from "./rate-limit-phase.ts";
import type { SoakOptions } from "./soak-options.ts";
import type { WorkloadRun } from "./run-workload.ts";
import type { CensusDelivery } from "./verify-census.ts";

export interface SoakResult extends WorkloadRun {
  options: SoakOptions;
  startSeconds: number;
  /** How long the census feed took to deliver what was left once the clients stopped. */
  drainSeconds: number;
  writes: { lost: number; duplicated: number; lines: string[] };
  census: CensusDelivery;
  /** Deliveries no relay could know of that a kill explains: the one row a killed relay may have sent but not marked. */
  allowedRepeats: number;
  rateLimit: RateLimitCheck | undefined;
  served: string;
  memory: string;
}

const errorsOf = (result: SoakResult) => [...result.ledger.errors, ...(result.rateLimit?.errors ?? [])];

/** Whether the soak passed: nothing lost, repeated or refused, every census fact once and in order, the rate limit held. */
export function soakPassed(result: SoakResult): boolean {
  const { writes, census, ledger, rateLimit } = result;
  const writesExact = writes.lost === 0 && writes.duplicated === 0 && ledger.replayMismatches === 0 && errorsOf(result).length === 0;
  const delivered = census.undelivered === 0 && census.neverReceived === 0 && census.repeated <= result.allowedRepeats;
  const censusExact = delivered && census.missing === 0 && census.duplicated === 0 && census.outOfOrder === 0;
  return writesExact && censusExact && (rateLimit?.held ?? true);
}

/** The report `npm run soak` prints; its last lines are the verdicts test/replicas.soak.test.ts reads. */
export function soakReport(result: SoakResult): string[] {
  const { options, ledger, census, rateLimit } = result;
  const sorted = [...ledger.latenciesMs].sort((a, b) => a - b);
  const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(1);
  const layout = options.replicas === 1 ? "one process per service" : `${options.replicas} replicas per service behind round-robin proxies`;
  const errors = errorsOf(result);
  return [
    `soak: ${options.seconds} s, ${options.clients} clients, PostgreSQL, ${layout} (${options.runtime}, started in ${result.startSeconds.toFixed(1)} s), ` +
      `${sorted.length} requests (${(sorted.length / result.elapsedSeconds).toFixed(1)}/s), p50 ${percentile(50)} ms, p95 ${percentile(95)} ms`,
    ...[...result.faults, ...result.writes.lines].map((line) => `  ${line}`),
    `  replays of acknowledged writes: ${ledger.replaysChecked} (answer differed: ${ledger.replayMismatches}); payment checks: ${ledger.paymentChecks}; answered after a retry: ${ledger.retried}`,
    `  census feed: ${census.facts} facts of the soak's people, ${census.calls} calls received by screenings; outbox drained ${result.drainSeconds.toFixed(1)} s after the run`,
    ...census.examples.map((example) => `    ${example}`),
    ...(rateLimit ? [`  ${rateLimit.line}`] : []),
    `  requests answered since start: ${result.served}`,
    `  memory (RSS MiB, start → end): ${result.memory}`,
    `lost writes: ${result.writes.lost}, duplicated writes: ${result.writes.duplicated}, errors: ${errors.length}`,
    `census facts: ${census.facts}, undelivered: ${census.undelivered}, never received: ${census.neverReceived}, ` +
      `delivered more than once: ${census.repeated} (a kill explains ${result.allowedRepeats}), ` +
      `effects missing: ${census.missing}, duplicated: ${census.duplicated}, out of order: ${census.outOfOrder}`,
    ...(rateLimit ? [`rate limit held across gateways: ${rateLimit.held ? "yes" : "no"} (${rateLimit.accepted} accepted, burst ${rateLimit.burst})`] : []),
    ...errors.slice(0, 10).map((error) => `  error: ${error}`),
  ];
}
