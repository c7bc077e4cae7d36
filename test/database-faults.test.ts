import { startFacilities } from "@pasrr/facilities";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { loadSubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import type { Env } from "@pasrr/config/env";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { adminUrl, createScratchDatabases } from "./support/postgres.ts";
import { startFaultProxy, type FaultProxy } from "./support/tcp-fault-proxy.ts";

/**
 * Issue 8, item 4: PostgreSQL goes away under load and comes back. The subgraph's connections
 * run through a proxy the test cuts, so every open connection dies and new ones are refused —
 * what a PostgreSQL restart looks like from the service — without disturbing the server the
 * other test files share. The same process must fail fast while it is down, report it on
 * `/ready`, and answer again once the database returns.
 */
describe("PostgreSQL down under load, then back", () => {
  let proxy: FaultProxy;
  let scratch: Awaited<ReturnType<typeof createScratchDatabases>>;
  let service: Awaited<ReturnType<typeof startFacilities>>;
  let dataDir: string;
  let token: string;

  const listFacilities = `{ facilities(first: 5) { edges { node { id providerNumber } } } }`;
  const ask = () => graphql(service.url, listFacilities, { token });
  const ready = () => request(new URL(service.url).origin).get("/ready");
  const burst = (size: number) => Promise.all(Array.from({ length: size }, ask));

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-dbfault-"));
    scratch = await createScratchDatabases(["facilities"]);
    const real = new URL(adminUrl);
    proxy = await startFaultProxy({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(scratch.urls.facilities!);
    viaProxy.port = String(proxy.port);
    const env: Env = {
      NODE_ENV: "test",
      HUB_DATA_DIR: dataDir,
      HOST: "127.0.0.1",
      SEED_DEMO_DATA: "true",
      FACILITIES_PORT: "0",
      FACILITIES_DATABASE_URL: viaProxy.toString(),
    };
    service = await startFacilities(loadSubgraphConfig("facilities", env), env);
    token = await mintDevToken(loadCommonConfig(env).auth, { organisationId: "test-state", role: "STATE_MEDICAID_AGENCY" });
  });

  afterAll(async () => {
    await service?.stop();
    await proxy?.close();
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers and is ready while PostgreSQL is up", async () => {
    const answers = await burst(10);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(answers[0]!.data?.facilities.edges.length).toBeGreaterThan(0);
    expect((await ready()).status).toBe(200);
  });

  it("while it is down: every request in a burst gets SERVICE_UNAVAILABLE with no SQL or driver detail, and /ready says 503", async () => {
    await proxy.down();
    const answers = await burst(10);
    for (const answer of answers) {
      expect(answer.data?.facilities ?? null).toBeNull();
      expect(errorCodes(answer)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(answer.errors![0]!.message).toMatch(/database/i);
      expect(JSON.stringify(answer)).not.toMatch(/ECONNREFUSED|SELECT|pg_|stack|5432/);
    }
    const readiness = await ready();
    expect(readiness.status).toBe(503);
    expect(readiness.body).toMatchObject({ status: "unavailable" });
    expect((await request(new URL(service.url).origin).get("/health")).status).toBe(200);
  });

  it("cut mid-burst: each request is either answered in full or refused SERVICE_UNAVAILABLE — never a 500, never a hang", async () => {
    await proxy.up();
    const inFlight = burst(80);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await proxy.down();
    const answers = await inFlight;
    for (const answer of answers) {
      if (answer.errors) expect(errorCodes(answer)).toEqual(["SERVICE_UNAVAILABLE"]);
      else expect(answer.data?.facilities.edges.length).toBeGreaterThan(0);
      expect(answer.status).toBe(200);
    }
    expect(answers.some((answer) => answer.errors)).toBe(true);
  });

  it("when it returns, the same process answers again and is ready, with nothing lost", async () => {
    await proxy.up();
    const answers = await burst(10);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(answers[0]!.data?.facilities.edges.length).toBeGreaterThan(0);
    expect((await ready()).status).toBe(200);
  });
});
