import { ApolloServer, type BaseContext } from "@apollo/server";
import { closeGracefully, listen } from "@pasrr/service-kit/lifecycle";
import { ConfigError } from "@pasrr/config/config-error";
import { createLogger } from "@pasrr/observability/logger";
import { createServiceHttpServer } from "@pasrr/service-kit/http-server";
import { ServiceObservability } from "@pasrr/observability/service-observability";
import { buildSchema } from "graphql";
import http, { type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let apollo: ApolloServer<BaseContext>;
let releaseSlow: () => void = () => undefined;
let slowStarted: Promise<void> = Promise.resolve();
let markSlowStarted: () => void = () => undefined;

/** `slow` resolves only when the test releases it, so the test controls a request in flight. */
function armSlowField(): void {
  slowStarted = new Promise<void>((resolve) => (markSlowStarted = resolve));
}

beforeAll(async () => {
  apollo = new ApolloServer<BaseContext>({
    schema: buildSchema("type Query { slow: String }"),
    rootValue: {
      slow: () =>
        new Promise<string>((resolve) => {
          releaseSlow = () => resolve("finished");
          markSlowStarted();
        }),
    },
    stopOnTerminationSignals: false,
  });
  await apollo.start();
});
afterAll(() => apollo.stop());

const serviceServer = (): Server =>
  createServiceHttpServer({
    apollo,
    admit: async () => ({ caller: undefined, maxBodyBytes: 1024 * 1024, keepsRequestId: false }),
    context: async () => ({}),
    ready: async () => undefined,
    observability: new ServiceObservability("test", createLogger("test"), { otlpTracesUrl: undefined, metricsBearerToken: undefined }),
  });

/** POSTs a query through `agent` and returns the status and body. */
function post(port: number, agent: http.Agent, query: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: "/graphql", method: "POST", agent, headers: { "content-type": "application/json" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end(JSON.stringify({ query }));
  });
}

describe("listen", () => {
  it("resolves with the bound port when asked for port 0", async () => {
    const server = serviceServer();
    const port = await listen(server, "127.0.0.1", 0, "FACILITIES_PORT");
    expect(port).toBeGreaterThan(0);
    expect(server.listening).toBe(true);
    await closeGracefully(server);
  });

  it("rejects a port already in use with a ConfigError naming the given variable", async () => {
    const holder = serviceServer();
    const taken = await listen(holder, "127.0.0.1", 0, "SCREENINGS_PORT");
    try {
      const attempt = listen(serviceServer(), "127.0.0.1", taken, "FACILITIES_PORT");
      await expect(attempt).rejects.toBeInstanceOf(ConfigError);
      await expect(attempt).rejects.toMatchObject({
        variable: "FACILITIES_PORT",
        message: expect.stringMatching(new RegExp(`^FACILITIES_PORT: port ${taken} `)),
      });
    } finally {
      await closeGracefully(holder);
    }
  });

  it("rejects a host that is not an address of this machine with a ConfigError naming HOST", async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never assigned to a real interface.
    await expect(listen(serviceServer(), "192.0.2.1", 0, "FACILITIES_PORT")).rejects.toMatchObject({ name: "ConfigError", variable: "HOST" });
  });
});

describe("closeGracefully", () => {
  it("stops accepting connections but lets a request in flight finish before the server closes", async () => {
    const server = serviceServer();
    const port = await listen(server, "127.0.0.1", 0, "FACILITIES_PORT");
    const agent = new http.Agent({ keepAlive: false });
    armSlowField();
    const inFlight = post(port, agent, "{ slow }");
    await slowStarted;
    let closed = false;
    const closing = closeGracefully(server, 10_000).then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.listening).toBe(false);
    await expect(post(port, agent, "{ slow }")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    // Still open: the slow request holds the close until it has its answer.
    expect(closed).toBe(false);
    releaseSlow();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { slow: "finished" } });
    const started = Date.now();
    await closing;
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("closes a keep-alive connection that is idle when shutdown starts without waiting for the grace period", async () => {
    const server = serviceServer();
    const port = await listen(server, "127.0.0.1", 0, "FACILITIES_PORT");
    const agent = new http.Agent({ keepAlive: true });
    try {
      armSlowField();
      const answered = post(port, agent, "{ slow }");
      await slowStarted;
      releaseSlow();
      expect((await answered).status).toBe(200);
      const started = Date.now();
      await closeGracefully(server, 10_000);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      agent.destroy();
    }
  });

  it("closes a keep-alive connection that was busy when shutdown started as soon as its answer is sent", async () => {
    const server = serviceServer();
    const port = await listen(server, "127.0.0.1", 0, "FACILITIES_PORT");
    const agent = new http.Agent({ keepAlive: true });
    try {
      armSlowField();
      const inFlight = post(port, agent, "{ slow }");
      await slowStarted;
      const started = Date.now();
      const closing = closeGracefully(server, 10_000);
      releaseSlow();
      expect((await inFlight).status).toBe(200);
      await closing;
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      agent.destroy();
    }
  });

  it("cuts a request still running when the grace period ends", async () => {
    const server = serviceServer();
    const port = await listen(server, "127.0.0.1", 0, "FACILITIES_PORT");
    armSlowField();
    const stuck = post(port, new http.Agent({ keepAlive: false }), "{ slow }");
    await slowStarted;
    const started = Date.now();
    await closeGracefully(server, 200);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(stuck).rejects.toMatchObject({ code: "ECONNRESET" });
    releaseSlow();
  });

  it("resolves at once for a server that is not listening", async () => {
    await expect(closeGracefully(serviceServer())).resolves.toBeUndefined();
  });
});
