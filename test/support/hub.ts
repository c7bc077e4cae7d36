import { startGateway } from "@pasrr/gateway";
import { startFacilities } from "@pasrr/facilities";
import { startIndividuals } from "@pasrr/individuals";
import { startLevelOfCare } from "@pasrr/levelofcare";
import { startScreenings } from "@pasrr/screenings";
import { createServiceCredentialIssuer, serviceCredentialHeader } from "@pasrr/auth/service-credential";
import { envPrefix, subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { loadSubgraphConfig, type SubgraphConfig } from "@pasrr/subgraph-kit/subgraph-config";
import { mintDevToken, type DevTokenRequest } from "@pasrr/devtools/dev-token";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { DestinationStream } from "@pasrr/observability/logger";
import type { Env } from "@pasrr/config/env";
import type { ObservabilityConfig } from "@pasrr/observability/observability-config";
import type { RunningService } from "@pasrr/service-kit/lifecycle";
import type { StatementLog } from "@pasrr/db/statement-log";
import { loadGatewayConfig } from "@pasrr/gateway/config";
import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { mkdtemp, rm } from "node:fs/promises";
import { afterAll, beforeAll } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabases } from "./postgres.ts";
import { freePorts } from "./processes.ts";

type RunningSubgraph = RunningService & { statements: StatementLog };

/** Each running subgraph as its starter returns it, Prisma client included, for tests that set up rows directly. */
export interface RunningSubgraphs {
  individuals: Awaited<ReturnType<typeof startIndividuals>>;
  screenings: Awaited<ReturnType<typeof startScreenings>>;
  levelofcare: Awaited<ReturnType<typeof startLevelOfCare>>;
  facilities: Awaited<ReturnType<typeof startFacilities>>;
}

// Every service reads its configuration (policy pack, clock) from the hub's own env, never from this test process's.
const starters: { [N in SubgraphName]: (config: SubgraphConfig, env: Env) => Promise<RunningSubgraphs[N]> } = {
  individuals: startIndividuals,
  screenings: startScreenings,
  levelofcare: startLevelOfCare,
  facilities: startFacilities,
};

export interface TestHubOptions {
  database?: "pglite" | "postgres";
  /** Which subgraphs to run (default: all four); the gateway starts only when all four run. */
  only?: SubgraphName[];
  seedDemoData?: boolean;
  /**
   * The hub's today (HUB_TODAY) for every service; default `testToday`. Pinned, so tests written
   * with literal dates mean the same whatever day they run; a test may pin any other day.
   */
  today?: CalendarDate;
  /** More configuration for every service (e.g. small limits that a test can reach), over the defaults. */
  env?: Env;
  /** Where every service's spans go (an SDK in-memory exporter), as `OTEL_EXPORTER_OTLP_ENDPOINT` would send them to a collector. */
  spanExporter?: SpanExporter;
  /** Where every service's log lines go instead of stdout, for a test that reads them. */
  logDestination?: DestinationStream;
}

/** The day the API tests' literal dates were written around: the test hub's today unless a test pins another. */
export const testToday: CalendarDate = "2026-11-22";

export interface TestHub {
  gatewayUrl: string | undefined;
  /** The day every service of this hub takes for today. */
  today: CalendarDate;
  subgraphs: Partial<RunningSubgraphs>;
  env: Env;
  token(request: Omit<DevTokenRequest, "organisationId"> & { organisationId?: string }): Promise<string>;
  /**
   * The header with which the gateway vouches for its subgraph fetches: for a test that plays the
   * gateway's part (an `_entities` call carrying `@external` values) straight to a subgraph.
   */
  gatewayVouch(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Starts real subgraphs (and the real gateway) in this process on free ports, each with its
 * own fresh database — in-memory PGlite, or new PostgreSQL databases dropped at `stop()` —
 * and a dev key of its own, so test files never share state.
 */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  // The ports are chosen before the services start, one after another; meanwhile the OS may hand one
  // of them to another test file's server or to an outgoing connection. Such a start is retried whole,
  // on fresh ports (the failed attempt has already stopped what it started).
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startTestHubOnce(options);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error && /port \d+ on .* is already in use/.test(error.message))) throw error;
    }
  }
}

async function startTestHubOnce(options: TestHubOptions): Promise<TestHub> {
  const names = options.only ?? [...subgraphNames];
  const dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-test-"));
  const today = options.today ?? testToday;
  const env: Env = {
    NODE_ENV: "test",
    HUB_DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    SEED_DEMO_DATA: String(options.seedDemoData ?? false),
    HUB_TODAY: today,
    // Every test hub's databases are new: its services migrate them as they start, in production mode too.
    MIGRATE_AT_START: "true",
    ...options.env,
  };
  // Production refuses a pinned today (clock-config.ts); a production-mode hub runs on the real clock.
  if (env.NODE_ENV === "production" && !options.env?.HUB_TODAY) delete env.HUB_TODAY;
  const scratch = options.database === "postgres" ? await createScratchDatabases(names) : undefined;
  // The gateway's port is chosen first: subgraphs call the graph through it (SubgraphConfig.graphUrl).
  // Every port is chosen first too: a subgraph asks the owners of facts straight (owner-call.ts), so each needs the others' URLs when it starts.
  const [gatewayPort, ...subgraphPorts] = await freePorts(names.length + 1);
  env.GATEWAY_PORT = String(gatewayPort);
  for (const [i, name] of names.entries()) {
    env[`${envPrefix(name)}_PORT`] = String(subgraphPorts[i]);
    env[`${envPrefix(name)}_URL`] = `http://127.0.0.1:${subgraphPorts[i]}/graphql`;
    env[`${envPrefix(name)}_DATA_DIR`] = "memory://";
    if (scratch) env[`${envPrefix(name)}_DATABASE_URL`] = scratch.urls[name];
  }
  const subgraphs: Partial<Record<SubgraphName, RunningSubgraph>> & Partial<RunningSubgraphs> = {};
  const running: RunningService[] = [];
  const observed = <C extends { observability: ObservabilityConfig }>(config: C): C => ({
    ...config,
    observability: {
      ...config.observability,
      ...(options.spanExporter ? { spanExporter: options.spanExporter } : {}),
      ...(options.logDestination ? { logDestination: options.logDestination } : {}),
    },
  });
  const stop = async () => {
    for (const service of running.reverse()) await service.stop();
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    for (const name of names) {
      const service: RunningSubgraph = await starters[name](observed(loadSubgraphConfig(name, env)), env);
      (subgraphs as Record<SubgraphName, RunningSubgraph>)[name] = service;
      running.push(service);
      env[`${envPrefix(name)}_URL`] = service.url;
    }
    let gatewayUrl: string | undefined;
    if (names.length === subgraphNames.length) {
      const gateway = await startGateway(observed(loadGatewayConfig(env)));
      running.push(gateway);
      gatewayUrl = gateway.url;
    }
    const auth = loadCommonConfig(env).auth;
    return {
      gatewayUrl,
      today,
      subgraphs,
      env,
      token: (request) => mintDevToken(auth, { organisationId: `test-${request.role.toLowerCase()}`, ...request }),
      gatewayVouch: async () => ({ [serviceCredentialHeader]: await (await createServiceCredentialIssuer("gateway", loadCommonConfig(env))).header() }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface SubgraphUnderTest<N extends SubgraphName> {
  hub: TestHub;
  service: RunningSubgraphs[N];
  url: string;
  stateToken: string;
}

/**
 * One subgraph alone, started before this file's tests and stopped after them, with a
 * state-agency token: the set-up every single-subgraph test file shares. Read its fields
 * inside tests (they are filled in by `beforeAll`).
 */
export function subgraphUnderTest<N extends SubgraphName>(
  name: N,
  options: Omit<TestHubOptions, "only"> & {
    /** Owners whose facts its scope rules ask (e.g. the facility registry), started beside it. */ with?: SubgraphName[];
  } = {},
): SubgraphUnderTest<N> {
  const subject = {} as SubgraphUnderTest<N>;
  beforeAll(async () => {
    subject.hub = await startTestHub({ ...options, only: [name, ...(options.with ?? [])] });
    const service = subject.hub.subgraphs[name];
    if (!service) throw new Error(`the ${name} subgraph did not start`);
    subject.service = service as RunningSubgraphs[N];
    subject.url = service.url;
    subject.stateToken = await subject.hub.token({ role: "STATE_MEDICAID_AGENCY" });
  });
  afterAll(() => subject.hub?.stop());
  return subject;
}
