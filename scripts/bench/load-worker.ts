/**
 * The load generator, run as its own process (load.ts spawns it) so its CPU is not the
 * services'. Reads one LoadRequest as JSON from stdin, prints one LoadResult. Plain node:http
 * with keep-alive sockets, no load-testing library, so the method is exactly what is written here:
 *
 * - `open`: constant arrival rate. Request k is sent when it is due (arrival-schedule.ts),
 *   whatever is still in flight; its latency runs from when it was due, so a stalled server is
 *   charged for the requests it held back (no coordinated omission).
 * - `closed`: `connections` clients, each sending its next request when its last is answered;
 *   1 connection is one request at a time, 10 is "as fast as it answers" with 10 in flight.
 *
 * Every answer must equal the pre-flight answer byte for byte (`expectBody`): a GraphQL error,
 * which comes with HTTP 200, counts as a mismatch and makes the run invalid.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { text } from "node:stream/consumers";
import { arrivals, dueAt, dueBy } from "./arrival-schedule.ts";
import type { LoadRequest, LoadResult } from "./load.ts";
import { percentile } from "./stats.ts";

const request = JSON.parse(await text(process.stdin)) as LoadRequest;
const url = new URL(request.url);
const body = Buffer.from(request.body);
const expected = Buffer.from(request.expectBody);
const agent = new http.Agent({ keepAlive: true, maxSockets: request.connections });
const headers = { ...request.headers, "content-length": String(body.length) };

const latencies: number[] = [];
const sendLags: number[] = [];
const counts = { completed: 0, non2xx: 0, errors: 0, mismatches: 0 };

/** One request; resolves when it is answered (or failed), with its latency counted from `since`. */
function send(since: number): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.once("end", () => {
        counts.completed += 1;
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) counts.non2xx += 1;
        else if (!Buffer.concat(chunks).equals(expected)) counts.mismatches += 1;
        else latencies.push(performance.now() - since);
        resolve();
      });
      res.once("error", () => {
        counts.errors += 1;
        resolve();
      });
    });
    req.once("error", () => {
      counts.errors += 1;
      resolve();
    });
    req.end(body);
  });
}

async function openLoop(rate: number): Promise<{ sent: number; ms: number }> {
  const total = arrivals(rate, request.seconds);
  const inFlight = new Set<Promise<void>>();
  const t0 = performance.now();
  let k = 0;
  await new Promise<void>((finished) => {
    const tick = () => {
      const now = performance.now();
      for (const due = dueBy(now - t0, rate, total); k < due; k += 1) {
        const at = t0 + dueAt(k, rate);
        sendLags.push(now - at);
        const answer = send(at);
        inFlight.add(answer);
        void answer.then(() => inFlight.delete(answer));
      }
      if (k < total) setTimeout(tick, Math.max(0, t0 + dueAt(k, rate) - performance.now()));
      else finished();
    };
    tick();
  });
  // The last arrivals are answered (or counted as failed) before the run ends; the rate is the one offered.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(inFlight), new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
  clearTimeout(timer);
  counts.errors += inFlight.size;
  return { sent: total, ms: performance.now() - t0 };
}

async function closedLoop(): Promise<{ sent: number; ms: number }> {
  const t0 = performance.now();
  const end = t0 + request.seconds * 1000;
  let sent = 0;
  const client = async () => {
    while (performance.now() < end) {
      sent += 1;
      await send(performance.now());
    }
  };
  await Promise.all(Array.from({ length: request.connections }, client));
  return { sent, ms: performance.now() - t0 };
}

const { sent, ms } = request.mode === "open" ? await openLoop(request.rate!) : await closedLoop();
agent.destroy();
const answer: LoadResult = {
  requests: counts.completed,
  sent,
  requestsPerSecond: counts.completed / (ms / 1000),
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
  sendLagP99: request.mode === "open" ? percentile(sendLags, 99) : 0,
  non2xx: counts.non2xx,
  errors: counts.errors,
  mismatches: counts.mismatches,
};
process.stdout.write(JSON.stringify(answer));
