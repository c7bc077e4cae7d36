import http from "node:http";
import type { ReplicaHub } from "./replica-hub.ts";

export interface RateLimitSettings {
  burst: number;
  perMinute: number;
  /** How many requests the organisation sends, as fast as it can. */
  requests: number;
}

export interface RateLimitCheck {
  burst: number;
  accepted: number;
  refused: number;
  errors: string[];
  /** The most one organisation's limit may accept here: one burst, the refill while the requests ran, within one more burst. */
  allowed: number;
  held: boolean;
  line: string;
}

/** One request on a connection of its own, so the round-robin proxy sends consecutive requests to alternate gateways. */
function ask(url: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const request = http.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Issue 19: one organisation's rate limit holds across gateway replicas. Two more gateways start
 * beside the hub's with a small limit (the soak's own gateways need a large one) behind their
 * own round-robin proxy; one organisation sends its requests through it as fast as it can, each
 * on a new connection, so they alternate between the gateways. A limit kept in each process
 * accepts about twice the burst; one shared limit (REDIS_URL) accepts about one burst.
 */
export async function checkRateLimitAcrossGateways(hub: ReplicaHub, token: string, settings: RateLimitSettings): Promise<RateLimitCheck> {
  const gateways = await hub.startGateways(2, { GATEWAY_RATE_LIMIT_BURST: String(settings.burst), GATEWAY_RATE_LIMIT_PER_MINUTE: String(settings.perMinute) });
  let accepted = 0;
  let refused = 0;
  const errors: string[] = [];
  const started = performance.now();
  try {
    for (let sent = 0; sent < settings.requests; sent++) {
      const answer = await ask(gateways.url, token).catch((error: Error) => ({ status: 0, body: error.message }));
      if (answer.status === 200 && !answer.body.includes('"errors"')) accepted += 1;
      else if (answer.status === 429 && answer.body.includes("RATE_LIMITED")) refused += 1;
      else errors.push(`rate limit phase: HTTP ${answer.status} ${answer.body.slice(0, 200)}`);
    }
  } finally {
    await gateways.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const refill = Math.floor((settings.perMinute * seconds) / 60);
  const allowed = 2 * settings.burst - 1 + refill;
  const held = accepted <= allowed;
  const line =
    `rate limit across 2 gateways: burst ${settings.burst}, ${settings.perMinute}/min; ${settings.requests} requests in ${seconds.toFixed(1)} s: ` +
    `${accepted} accepted, ${refused} refused, ${errors.length} errors; held: ${held ? "yes" : "no"} (at most ${allowed} for one organisation)`;
  return { burst: settings.burst, accepted, refused, errors, allowed, held, line };
}
