/**
 * The load generator, run as its own process (load.ts spawns it) so its CPU is not the
 * services'. Reads one LoadRequest as JSON from argv, drives autocannon, prints one LoadResult.
 * Every answer must equal the pre-flight answer byte for byte (`expectBody`): a GraphQL error,
 * which comes with HTTP 200, counts as a mismatch and makes the run invalid.
 */
import autocannon from "autocannon";
import type { LoadRequest, LoadResult } from "./load.ts";
import { percentile } from "./stats.ts";

const request = JSON.parse(process.argv[2]!) as LoadRequest;
let finish: (result: autocannon.Result) => void = () => undefined;
let fail: (error: unknown) => void = () => undefined;
const done = new Promise<autocannon.Result>((resolve, reject) => ([finish, fail] = [resolve, reject]));
const instance = autocannon(
  {
    url: request.url,
    method: "POST",
    headers: request.headers,
    body: request.body,
    connections: request.connections,
    duration: request.seconds,
    ...(request.rate ? { overallRate: request.rate } : {}),
    expectBody: request.expectBody,
  },
  (error: Error | null, result: autocannon.Result) => (error ? fail(error) : finish(result)),
);
// autocannon's own histogram keeps whole milliseconds; sub-millisecond answers need the exact times.
const latencies: number[] = [];
instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
});
const result = await done;
const answer: LoadResult = {
  requests: result.requests.total,
  requestsPerSecond: result.requests.total / (result.duration || request.seconds),
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
  mismatches: result.mismatches,
};
process.stdout.write(JSON.stringify(answer));
