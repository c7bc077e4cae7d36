import { ApolloServer, type BaseContext } from "@apollo/server";
import { createLogger, createServiceHttpServer, ServiceObservability, unauthenticated } from "@pasrr/platform";
import { buildSchema } from "graphql";
import type { Server } from "node:http";
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

function serviceServer(ready: () => Promise<void> = async () => undefined, maxBodyBytes?: number): Server {
  return createServiceHttpServer({
    apollo,
    context: async (_request, requestId) => {
      contextRequestIds.push(requestId);
      return {};
    },
    ready,
    observability,
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
}

describe("the service HTTP server", () => {
  it("answers a GraphQL query on /graphql", async () => {
    const response = await request(serviceServer()).post("/graphql").send({ query: "{ hello }" }).expect(200);
    expect(response.body).toEqual({ data: { hello: "world" } });
  });

  it("answers /health with 200 whatever the database", async () => {
    const response = await request(serviceServer(() => Promise.reject(new Error("down")))).get("/health").expect(200);
    expect(response.body).toEqual({ status: "ok" });
  });

  it("answers /ready with 200 when ready resolves and 503 when it rejects", async () => {
    expect((await request(serviceServer()).get("/ready").expect(200)).body).toEqual({ status: "ready" });
    const down = await request(serviceServer(() => Promise.reject(new Error("connection refused")))).get("/ready").expect(503);
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

  it("echoes a well-formed x-request-id and hands it to the context", async () => {
    const response = await request(serviceServer()).post("/graphql").set("x-request-id", "partner-req.0001").send({ query: "{ hello }" }).expect(200);
    expect(response.headers["x-request-id"]).toBe("partner-req.0001");
    expect(contextRequestIds.at(-1)).toBe("partner-req.0001");
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

  it("answers with the GraphQLError the context factory throws, e.g. 401 UNAUTHENTICATED", async () => {
    const server = createServiceHttpServer({
      apollo,
      context: async () => {
        throw unauthenticated("A bearer token is required");
      },
      ready: async () => undefined,
      observability,
    });
    const response = await request(server).post("/graphql").send({ query: "{ hello }" }).expect(401);
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringContaining("bearer token"), extensions: { code: "UNAUTHENTICATED" } });
  });
});
