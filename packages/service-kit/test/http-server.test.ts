import { ApolloServer, type BaseContext } from "@apollo/server";
import { createLogger } from "@pasrr/observability/logger";
import { createServiceHttpServer } from "@pasrr/service-kit/http-server";
import { ServiceObservability } from "@pasrr/observability/service-observability";
import { unauthenticated } from "@pasrr/graphql-kit/errors";
import { buildSchema } from "graphql";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let apollo: ApolloServer<BaseContext>;
/** The request ids the context factory was handed, in order. */
const contextRequestIds: string[] = [];
const observability = new ServiceObservability("test", createLogger("test"), { otlpTracesUrl: undefined, metricsBearerToken: undefined });

beforeAll(async () => {
  apollo = new ApolloServer<BaseContext>({
    schema: buildSchema("type Query { hello: String }"),
    rootValue: { hello: () => "world" },
    stopOnTerminationSignals: false,
  });
  await apollo.start();
});
afterAll(() => apollo.stop());

function serviceServer(ready: () => Promise<void> = async () => undefined, maxBodyBytes = 1024 * 1024, keepsRequestId = false): Server {
  return createServiceHttpServer({
    apollo,
    admit: async () => ({ caller: undefined, maxBodyBytes, keepsRequestId }),
    context: async (_request, requestId) => {
      contextRequestIds.push(requestId);
      return {};
    },
    ready,
    observability,
  });
}

/** A server whose edge refuses every request (no valid token), counting the contexts it would build. */
function refusingServer(): Server {
  return createServiceHttpServer({
    apollo,
    admit: async () => {
      throw unauthenticated("A bearer token is required");
    },
    context: async (_request, requestId) => {
      contextRequestIds.push(requestId);
      return {};
    },
    ready: async () => undefined,
    observability,
  });
}

describe("the service HTTP server", () => {
  it("answers a GraphQL query on /graphql", async () => {
    const response = await request(serviceServer()).post("/graphql").send({ query: "{ hello }" }).expect(200);
    expect(response.body).toEqual({ data: { hello: "world" } });
  });

  it("answers /health with 200 whatever the database", async () => {
    const response = await request(serviceServer(() => Promise.reject(new Error("down"))))
      .get("/health")
      .expect(200);
    expect(response.body).toEqual({ status: "ok" });
  });

  it("answers /ready with 200 when ready resolves and 503 when it rejects", async () => {
    expect((await request(serviceServer()).get("/ready").expect(200)).body).toEqual({ status: "ready" });
    const down = await request(serviceServer(() => Promise.reject(new Error("connection refused"))))
      .get("/ready")
      .expect(503);
    expect(down.body).toMatchObject({ status: "unavailable" });
  });

  it("answers an unknown path with 404", async () => {
    await request(serviceServer()).get("/admin").expect(404);
    await request(serviceServer()).post("/graphql/extra").send({ query: "{ hello }" }).expect(404);
  });

  it("answers a body that is not valid JSON with 400 and a GraphQL-shaped error", async () => {
    const response = await request(serviceServer()).post("/graphql").set("content-type", "application/json").send('{"query": "{ hello }"').expect(400);
    expect(response.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "BAD_REQUEST" } }] });
  });

  it("answers a body over maxBodyBytes with 413 and a GraphQL-shaped error, without running it", async () => {
    const before = contextRequestIds.length;
    const query = `{ hello ${" ".repeat(200)}}`;
    const response = await request(serviceServer(undefined, 128)).post("/graphql").send({ query }).expect(413);
    expect(response.body).toEqual({ errors: [{ message: expect.stringContaining("128"), extensions: { code: "BAD_REQUEST" } }] });
    expect(contextRequestIds.length).toBe(before);
    await request(serviceServer(undefined, 128)).post("/graphql").send({ query: "{ hello }" }).expect(200);
  });

  it("keeps a well-formed x-request-id from a caller the edge vouches for, and hands it to the context", async () => {
    const response = await request(serviceServer(undefined, undefined, true))
      .post("/graphql")
      .set("x-request-id", "gateway-req.0001")
      .send({ query: "{ hello }" })
      .expect(200);
    expect(response.headers["x-request-id"]).toBe("gateway-req.0001");
    expect(contextRequestIds.at(-1)).toBe("gateway-req.0001");
  });

  it("replaces a partner's x-request-id with its own, echoing the partner's only as x-client-request-id", async () => {
    const response = await request(serviceServer()).post("/graphql").set("x-request-id", "partner-req.0001").send({ query: "{ hello }" }).expect(200);
    expect(response.headers["x-request-id"]).toMatch(uuid);
    expect(response.headers["x-client-request-id"]).toBe("partner-req.0001");
    expect(contextRequestIds.at(-1)).toBe(response.headers["x-request-id"]);
  });

  it.each(["short", "has spaces in it", "x".repeat(129), "<script>alert(1)</script>"])(
    "replaces the malformed x-request-id %j with a fresh UUID",
    async (incoming) => {
      const response = await request(serviceServer()).get("/health").set("x-request-id", incoming).expect(200);
      expect(response.headers["x-request-id"]).toMatch(uuid);
    },
  );

  it("gives every request an id, even without one", async () => {
    const response = await request(serviceServer()).get("/ready").expect(200);
    expect(response.headers["x-request-id"]).toMatch(uuid);
  });

  it("answers with the GraphQLError the edge throws, e.g. 401 UNAUTHENTICATED, without reading the body or building a context", async () => {
    const before = contextRequestIds.length;
    const response = await request(refusingServer()).post("/graphql").set("content-type", "application/json").send('{"query": not even JSON').expect(401);
    expect(response.body).toEqual({ errors: [{ message: expect.stringContaining("bearer token"), extensions: { code: "UNAUTHENTICATED" } }] });
    expect(contextRequestIds.length).toBe(before);
  });

  it("answers 401 before the body has even arrived, and closes a refused upload past its cut-off", async () => {
    const server = refusingServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<number>((resolve, reject) => {
        const upload = http.request({
          port,
          host: "127.0.0.1",
          method: "POST",
          path: "/graphql",
          headers: { "content-type": "application/json", "content-length": String(19 * 1024 * 1024) },
        });
        upload.on("response", (response) => resolve(response.statusCode ?? 0));
        upload.on("error", reject);
        // The first kilobyte of a 19 MB body, and no more: the answer must not wait for the rest.
        upload.write(Buffer.alloc(1024, 0x20));
      });
      expect(status).toBe(401);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("lets Apollo answer a GET the edge refused (a GET has no body), with the edge's error", async () => {
    const response = await request(refusingServer()).get("/graphql?query=%7Bhello%7D").set("apollo-require-preflight", "true").expect(401);
    expect(response.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
