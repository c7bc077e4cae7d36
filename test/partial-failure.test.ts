import { startGateway } from "@pasrr/gateway";
import { demoFacilities, demoPeople, demoStays } from "@pasrr/devtools/demo-cast";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import { loadGatewayConfig } from "@pasrr/gateway/config";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { freePorts, runScript, type ScriptRun } from "./support/processes.ts";

/**
 * Issue 8, items 1, 4 (PGlite) and 5: the facilities subgraph runs as a real process beside
 * the other three; it is stopped, made to hang, killed and restarted while the gateway keeps
 * running. The gateway must answer with the other subgraphs' data and an error naming the
 * missing service, and recover by itself.
 */
describe("a subgraph stopped, hanging or killed", () => {
  let hub: TestHub;
  let gateway: RunningService;
  let dataDir: string;
  let facilitiesPort: number;
  let facilities: ScriptRun | undefined;
  let stateToken: string;
  const timeoutMs = 1_500;
  const person = demoPeople[0]!;

  const startFacilities = async () => {
    facilities = runScript("subgraphs/facilities/src/index.ts", {
      ...hub.env,
      FACILITIES_PORT: String(facilitiesPort),
      FACILITIES_DATA_DIR: path.join(dataDir, "facilities"),
      SEED_DEMO_DATA: "true",
      // "subgraph ready" and "stopped" are info lines; tests otherwise log warnings only.
      LOG_LEVEL: "info",
    });
    await facilities.waitFor(/subgraph ready/);
  };

  const personWithStay = `query ($id: ID!) { individual(id: $id) { id givenName currentStay { id facility { id } } } }`;
  const ask = (query = personWithStay, variables: Record<string, unknown> = { id: person.id }) => graphql(gateway.url, query, { token: stateToken, variables });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-partial-"));
    hub = await startTestHub({ only: ["individuals", "screenings", "levelofcare"], seedDemoData: true });
    facilitiesPort = (await freePorts(1))[0]!;
    await startFacilities();
    gateway = await startGateway(
      loadGatewayConfig({ ...hub.env, FACILITIES_URL: `http://127.0.0.1:${facilitiesPort}/graphql`, SUBGRAPH_TIMEOUT_MS: String(timeoutMs) }),
    );
    stateToken = await hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });

  afterAll(async () => {
    facilities?.child.kill("SIGKILL");
    await gateway?.stop();
    await hub?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers across all four subgraphs while they are up", async () => {
    const answer = await ask();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.individual).toMatchObject({
      givenName: person.givenName,
      currentStay: { id: demoStays(hub.today)[0]!.id, facility: { id: demoFacilities[0]!.id } },
    });
  });

  it("SIGTERM stops the subgraph cleanly: exit 0, its port closed", async () => {
    facilities!.child.kill("SIGTERM");
    expect(await facilities!.exited).toBe(0);
    expect(facilities!.output()).toMatch(/stopped/);
    await expect(connect(facilitiesPort)).rejects.toThrow(/ECONNREFUSED/);
  });

  it("with the subgraph stopped, the others' fields still answer and one SERVICE_UNAVAILABLE error names it", async () => {
    const answer = await ask();
    expect(answer.status).toBe(200);
    expect(answer.data?.individual).toMatchObject({ id: person.id, givenName: person.givenName, currentStay: null });
    expect(errorCodes(answer)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(answer.errors![0]!.extensions).toMatchObject({ service: "facilities", reason: "UNREACHABLE" });
    expect(JSON.stringify(answer.errors)).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1/);
  });

  it("a query wholly owned by the stopped subgraph is answered null with the same error, not a 500", async () => {
    const answer = await ask(`query ($id: ID!) { facility(id: $id) { id name } }`, { id: demoFacilities[0]!.id });
    expect(answer.status).toBe(200);
    expect(answer.data?.facility ?? null).toBeNull();
    expect(answer.errors![0]!.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "facilities" });
  });

  it("with the subgraph hanging, the answer comes back after the configured timeout with the others' data", async () => {
    const hanging = await hangOn(facilitiesPort);
    try {
      const answer = await ask();
      expect(answer.data?.individual).toMatchObject({ givenName: person.givenName, currentStay: null });
      expect(answer.errors![0]!.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "facilities", reason: "TIMEOUT" });
      expect(answer.errors![0]!.message).toContain(`${timeoutMs} ms`);
    } finally {
      await hanging.close();
    }
  });

  it("restarted, the subgraph answers the very next request through the same gateway", async () => {
    await startFacilities();
    const answer = await ask();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.individual.currentStay).toMatchObject({ id: demoStays(hub.today)[0]!.id });
  });

  it("its PGlite data survives SIGKILL: a facility registered just before the kill is there after restart", async () => {
    const input = {
      providerNumber: "KILL-TEST-01",
      name: "Kill Test Care Center",
      type: "NURSING_FACILITY",
      addressLine: "9 Fault Way",
      city: "Columbus",
      postalCode: "43004",
      county: "Franklin",
      state: "OH",
      region: "Region 2",
      medicaidCertified: true,
      certifiedBeds: 20,
    };
    const registered = await ask(`mutation ($input: RegisterFacilityInput!) { registerFacility(input: $input) { facility { id } } }`, { input });
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerFacility.facility.id as string;

    facilities!.child.kill("SIGKILL");
    expect(await facilities!.exited).toBeNull();
    await startFacilities();

    const answer = await ask(`query ($id: ID!) { facility(id: $id) { id providerNumber name } }`, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.facility).toEqual({ id, providerNumber: "KILL-TEST-01", name: "Kill Test Care Center" });
  });
});

function connect(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve();
    });
    socket.once("error", reject);
  });
}

/** A server that accepts connections and never answers: a subgraph stuck mid-request. */
async function hangOn(port: number) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
