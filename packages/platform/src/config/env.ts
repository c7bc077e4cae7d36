import type { SpanExporter } from "@opentelemetry/sdk-trace-base";
import { z } from "zod";
import path from "node:path";
import type { Clock } from "../calendar/clock.ts";
import type { LogOptions } from "../logger.ts";
import { loadClock } from "./clock-config.ts";
import { ConfigError } from "./config-error.ts";
import { loadOperationLimits, loadRateLimit, type OperationLimits, type RateLimitConfig } from "./operation-limits.ts";
import { loadAutomaticPersistedQueries, loadSafelist, type AutomaticPersistedQueriesConfig, type SafelistConfig } from "./persisted-operations.ts";
import type { Role } from "../auth/roles.ts";
import { defaultDataDir } from "./repo-paths.ts";
import { defaultPorts, envPrefix, subgraphNames, type SubgraphName } from "./service-names.ts";

export type Env = Record<string, string | undefined>;

/** Reads one variable through a zod schema; a bad value becomes a one-line ConfigError naming it. */
export function readVar<T>(env: Env, variable: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(env[variable] === "" ? undefined : env[variable]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(variable, `${issue?.message ?? "invalid value"} (got ${JSON.stringify(env[variable])})`);
  }
  return parsed.data;
}

const port = z
  .string()
  .regex(/^\d{1,5}$/, "must be a TCP port number (0–65535)")
  .transform(Number)
  .pipe(z.number().max(65535, "must be a TCP port number (0–65535)"));
const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const postgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false; // not a URL at all: reported below as malformed
    }
  }, "must be a postgresql://user@host:port/database URL");

const bodyBytes = z.coerce.number().int().min(1024).max(100 * 1024 * 1024);

/** A comma-separated list of organisation ids (the tokens' `org` claim), blanks ignored. */
const organisationList = z
  .string()
  .transform((value) => value.split(",").map((id) => id.trim()).filter((id) => id.length > 0))
  .pipe(z.array(z.string().regex(/^[A-Za-z0-9._:@-]{1,200}$/, "must be a comma-separated list of organisation ids")));

export const runtimeModes = ["development", "test", "production"] as const;
export type RuntimeMode = (typeof runtimeModes)[number];

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** JWKS file of the identity provider; in development the dev key's own JWKS. */
  jwksFile: string | undefined;
  jwksUrl: string | undefined;
  /** The local dev key, used only when no JWKS is configured and never in production. */
  devKeyFile: string;
  /**
   * The private JWK (with its `kid`) a service signs its own short-lived tokens with
   * (auth/service-identity.ts); unset means the dev key, which production refuses.
   */
  serviceKeyFile: string | undefined;
  clockSkewSeconds: number;
  /**
   * The longest a token may be valid for (`exp` − `iat`): a leaked token is useful for at most
   * this long, and a token minted to last for decades is refused rather than trusted. A partner's
   * working-day token (8 h) and the service identity's 5-minute tokens fit the default of 12 h.
   */
  maxTokenLifetimeSeconds: number;
  /**
   * How long a JWKS URL's keys are not refetched for a token whose `kid` is unknown: a key the
   * provider has just rotated in is found at the next fetch after this, while a flood of forged
   * `kid`s costs the provider at most one fetch per period.
   */
  jwksRefetchCooldownSeconds: number;
  /** Organisations whose tokens are refused at once (FORBIDDEN), however valid the token. */
  revokedOrganisations: string[];
}

export interface ObservabilityConfig extends LogOptions {
  /**
   * Where spans go (OTLP/HTTP, e.g. `http://collector:4318/v1/traces`); unset means tracing is
   * off: no provider, and the OpenTelemetry API's no-op costs nothing per request or statement.
   */
  otlpTracesUrl: string | undefined;
  /**
   * A token `/metrics` requires (`Authorization: Bearer …`). Unset, `/metrics` is open to whoever
   * reaches the port outside production, and closed (403) in production: see `metricsClosedWithoutToken`.
   */
  metricsBearerToken: string | undefined;
  /**
   * Production's setting: with no token configured `/metrics` answers 403 rather than serve
   * request counts and error codes per organisation to anyone on the network. (Not a start-up
   * failure: a forgotten scrape token costs the dashboards, not the partners.)
   */
  metricsClosedWithoutToken?: boolean;
  /** Set by tests only (an SDK in-memory exporter), never from the environment: spans go here, one by one as they end. */
  // (`logDestination`, from LogOptions, is likewise for tests only.)
  spanExporter?: SpanExporter;
}

export interface CommonConfig {
  mode: RuntimeMode;
  host: string;
  dataDir: string;
  auth: AuthConfig;
  observability: ObservabilityConfig;
  /** The one clock: today is the state's date in the state's zone (see clock-config.ts). */
  clock: Clock;
}

export function loadCommonConfig(env: Env): CommonConfig {
  const mode = readVar(env, "NODE_ENV", z.enum(runtimeModes).default("development"));
  const dataDir = path.resolve(readVar(env, "HUB_DATA_DIR", z.string().default(defaultDataDir)));
  const jwksFile = readVar(env, "AUTH_JWKS_FILE", z.string().optional());
  const jwksUrl = readVar(env, "AUTH_JWKS_URL", z.url({ protocol: /^https?$/ }).optional());
  if (mode === "production" && !jwksFile && !jwksUrl) {
    throw new ConfigError("AUTH_JWKS_FILE", "production needs AUTH_JWKS_FILE or AUTH_JWKS_URL (the dev key is refused)");
  }
  return {
    mode,
    host: readVar(env, "HOST", z.string().min(1).default("127.0.0.1")),
    dataDir,
    auth: {
      issuer: readVar(env, "AUTH_ISSUER", z.string().min(1).default("pasrr-hub-dev")),
      audience: readVar(env, "AUTH_AUDIENCE", z.string().min(1).default("pasrr-hub")),
      jwksFile,
      jwksUrl,
      devKeyFile: path.resolve(readVar(env, "AUTH_DEV_KEY_FILE", z.string().default(path.join(dataDir, "dev-signing-key.json")))),
      serviceKeyFile: readVar(env, "AUTH_SERVICE_KEY_FILE", z.string().min(1).optional()),
      clockSkewSeconds: readVar(env, "AUTH_CLOCK_SKEW_SECONDS", z.coerce.number().int().min(0).max(300).default(30)),
      // At least five minutes (the service identity's own tokens), at most a week.
      maxTokenLifetimeSeconds: readVar(env, "AUTH_MAX_TOKEN_LIFETIME_SECONDS", z.coerce.number().int().min(300).max(7 * 24 * 3600).default(12 * 3600)),
      jwksRefetchCooldownSeconds: readVar(env, "AUTH_JWKS_REFETCH_COOLDOWN_SECONDS", z.coerce.number().int().min(0).max(3600).default(30)),
      revokedOrganisations: readVar(env, "AUTH_REVOKED_ORGANISATIONS", organisationList.default([])),
    },
    observability: loadObservabilityConfig(env, mode),
    clock: loadClock(env, mode),
  };
}

/**
 * The standard OpenTelemetry variables: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is the full traces
 * URL; `OTEL_EXPORTER_OTLP_ENDPOINT` is the collector's base, to which `/v1/traces` is added.
 */
function loadObservabilityConfig(env: Env, mode: RuntimeMode): ObservabilityConfig {
  const httpUrl = z.url({ protocol: /^https?$/ });
  const tracesUrl = readVar(env, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", httpUrl.optional());
  const baseUrl = readVar(env, "OTEL_EXPORTER_OTLP_ENDPOINT", httpUrl.optional());
  return {
    logLevel: readVar(env, "LOG_LEVEL", z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
    otlpTracesUrl: tracesUrl ?? (baseUrl ? `${baseUrl.replace(/\/+$/, "")}/v1/traces` : undefined),
    metricsBearerToken: readVar(env, "METRICS_BEARER_TOKEN", z.string().min(16, "must be at least 16 characters").optional()),
    metricsClosedWithoutToken: mode === "production",
  };
}

export type DatabaseConfig =
  | { kind: "postgres"; url: string; variable: string }
  | { kind: "pglite"; dataDir: string; variable: string };

export interface SubgraphConfig extends CommonConfig {
  name: SubgraphName;
  /**
   * The graph (the gateway) a subgraph calls when a write depends on another owner's data,
   * e.g. the PASRR-met date a LOC determination may not precede.
   */
  graphUrl: string;
  /**
   * Where each subgraph answers, for a call straight to the owner of a fact this subgraph's
   * authority rules depend on (graphql/owner-call.ts); the same `<NAME>_URL` settings the gateway reads.
   */
  ownerUrls: Record<SubgraphName, string>;
  port: number;
  portVariable: string;
  database: DatabaseConfig;
  seedDemoData: boolean;
  /** Limits a subgraph applies to a request a hub service vouches for (the gateway's fetches); see loadSubgraphLimits. */
  limits: Pick<OperationLimits, "maxDepth" | "maxAliases" | "maxRootFields">;
  /**
   * The largest request body a subgraph reads from a hub service. Above the gateway's: one partner
   * request of 10,000 ids becomes an entity fetch carrying 10,000 representations (about 100 bytes each).
   */
  maxBodyBytes: number;
  /**
   * What a partner's own request gets here, sent straight and not through the gateway: exactly
   * what the gateway gives it (architecture.md, "Trust boundary") — the gateway's operation
   * limits (`GATEWAY_MAX_*`, `_entities` representations counting as a list), body limit
   * (`GATEWAY_MAX_BODY_BYTES`) and per-organisation rate (`GATEWAY_RATE_LIMIT_*`), and no way
   * round the gateway's safelist (`GATEWAY_SAFELISTED_ROLES`: such a role is refused here).
   */
  partner: {
    limits: OperationLimits;
    maxBodyBytes: number;
    rateLimit: RateLimitConfig;
    gatewayOnlyRoles: Role[];
  };
}

export function loadSubgraphConfig(name: SubgraphName, env: Env): SubgraphConfig {
  const common = loadCommonConfig(env);
  const prefix = envPrefix(name);
  const urlVariable = `${prefix}_DATABASE_URL`;
  const databaseUrl = readVar(env, urlVariable, postgresUrl.optional());
  const dirVariable = `${prefix}_DATA_DIR`;
  // `memory://` keeps an embedded database in memory only (tests); anything else is a folder.
  const pgliteDir = readVar(env, dirVariable, z.string().default(path.join(common.dataDir, name)));
  return {
    ...common,
    name,
    graphUrl: readGraphUrl(env),
    ownerUrls: readSubgraphUrls(env),
    port: readVar(env, `${prefix}_PORT`, port.default(defaultPorts[name])),
    portVariable: `${prefix}_PORT`,
    database: databaseUrl
      ? { kind: "postgres", url: databaseUrl, variable: urlVariable }
      : { kind: "pglite", dataDir: pgliteDir.startsWith("memory://") ? pgliteDir : path.resolve(pgliteDir), variable: dirVariable },
    seedDemoData: readVar(env, "SEED_DEMO_DATA", bool.default(common.mode === "development")),
    limits: loadSubgraphLimits(env),
    // The gateway's `_entities` call for a 10,000-line claim batch carries every person's required
    // fields (stays, identifiers) and the lines: several MB of JSON (levelofcare issue, item 5).
    maxBodyBytes: readVar(env, "SUBGRAPH_MAX_BODY_BYTES", bodyBytes.default(32 * 1024 * 1024)),
    partner: {
      limits: loadOperationLimits(env, "GATEWAY"),
      maxBodyBytes: readPartnerMaxBodyBytes(env),
      rateLimit: loadRateLimit(env),
      gatewayOnlyRoles: loadSafelist(env, common.mode).roles,
    },
  };
}

/** `GATEWAY_MAX_BODY_BYTES`: the body any partner may send, to the gateway or straight to a subgraph. */
function readPartnerMaxBodyBytes(env: Env): number {
  // The payment system's claim batch: 10,000 lines with their Medicaid IDs are about 2 MB of JSON.
  return readVar(env, "GATEWAY_MAX_BODY_BYTES", bodyBytes.default(4 * 1024 * 1024));
}

/**
 * A subgraph limits the depth, aliases and root fields of the gateway's own fetches too. Their
 * defaults follow the gateway's, one level deeper (the gateway wraps a fetch in `_entities`).
 * Cost and list sizes are not applied to them: a fetch carries one representation per object and
 * would trip them; the gateway has already applied both to the partner's operation.
 */
function loadSubgraphLimits(env: Env): SubgraphConfig["limits"] {
  const gateway = loadOperationLimits(env, "GATEWAY");
  const { maxDepth, maxAliases, maxRootFields } = loadOperationLimits(env, "SUBGRAPH", { ...gateway, maxDepth: gateway.maxDepth + 1 });
  return { maxDepth, maxAliases, maxRootFields };
}

/** `<NAME>_URL` for each subgraph, defaulting to its port on this host. */
function readSubgraphUrls(env: Env): Record<SubgraphName, string> {
  const urls = {} as Record<SubgraphName, string>;
  for (const name of subgraphNames) {
    const prefix = envPrefix(name);
    const subgraphPort = readVar(env, `${prefix}_PORT`, port.default(defaultPorts[name]));
    urls[name] = readVar(env, `${prefix}_URL`, z.url({ protocol: /^https?$/ }).default(`http://127.0.0.1:${subgraphPort}/graphql`));
  }
  return urls;
}

function readGraphUrl(env: Env): string {
  const gatewayPort = readVar(env, "GATEWAY_PORT", port.default(defaultPorts.gateway));
  return readVar(env, "GATEWAY_URL", z.url({ protocol: /^https?$/ }).default(`http://127.0.0.1:${gatewayPort}/graphql`));
}

export interface GatewayConfig extends CommonConfig {
  port: number;
  portVariable: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** How long the gateway waits for a subgraph before answering without it. */
  subgraphTimeoutMs: number;
  /** Whether identical subgraph queries in flight at once under one token share a call (the benchmark's overhead row turns it off). */
  shareInflightQueries: boolean;
  sandbox: boolean;
  limits: OperationLimits;
  rateLimit: RateLimitConfig;
  /** The largest request body the gateway reads; a 10,000-identifier batch is about 600 kB. */
  maxBodyBytes: number;
  automaticPersistedQueries: AutomaticPersistedQueriesConfig;
  safelist: SafelistConfig;
}

export function loadGatewayConfig(env: Env): GatewayConfig {
  const common = loadCommonConfig(env);
  const subgraphUrls = readSubgraphUrls(env);
  return {
    ...common,
    port: readVar(env, "GATEWAY_PORT", port.default(defaultPorts.gateway)),
    portVariable: "GATEWAY_PORT",
    subgraphUrls,
    subgraphTimeoutMs: readVar(env, "SUBGRAPH_TIMEOUT_MS", z.coerce.number().int().min(100).max(120_000).default(10_000)),
    shareInflightQueries: readVar(env, "GATEWAY_SHARE_INFLIGHT_QUERIES", bool.default(true)),
    sandbox: readVar(env, "SANDBOX", bool.default(common.mode !== "production")),
    limits: loadOperationLimits(env, "GATEWAY"),
    rateLimit: loadRateLimit(env),
    maxBodyBytes: readPartnerMaxBodyBytes(env),
    automaticPersistedQueries: loadAutomaticPersistedQueries(env),
    safelist: loadSafelist(env, common.mode),
  };
}
