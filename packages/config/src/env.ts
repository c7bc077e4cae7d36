import { z } from "zod";
import { ConfigError } from "./config-error.ts";
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

export const port = z
  .string()
  .regex(/^\d{1,5}$/, "must be a TCP port number (0–65535)")
  .transform(Number)
  .pipe(z.number().max(65535, "must be a TCP port number (0–65535)"));
export const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
export const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false; // not a URL at all: reported below as malformed
  }
}, "must be a postgresql://user@host:port/database URL");

/** A Redis server: `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. */
export const redisUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== "";
  } catch {
    return false; // not a URL at all: reported below as malformed
  }
}, "must be a redis://host:port URL (rediss:// for TLS)");

export const bodyBytes = z.coerce
  .number()
  .int()
  .min(1024)
  .max(100 * 1024 * 1024);

/** A comma-separated list of organisation ids (the tokens' `org` claim), blanks ignored. */
export const organisationList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
  )
  .pipe(z.array(z.string().regex(/^[A-Za-z0-9._:@-]{1,200}$/, "must be a comma-separated list of organisation ids")));

export const runtimeModes = ["development", "test", "production"] as const;
export type RuntimeMode = (typeof runtimeModes)[number];

export const readRuntimeMode = (env: Env): RuntimeMode => readVar(env, "NODE_ENV", z.enum(runtimeModes).default("development"));

/** `<NAME>_URL` for each subgraph, defaulting to its port on this host. */
export function readSubgraphUrls(env: Env): Record<SubgraphName, string> {
  const urls = {} as Record<SubgraphName, string>;
  for (const name of subgraphNames) {
    const prefix = envPrefix(name);
    const subgraphPort = readVar(env, `${prefix}_PORT`, port.default(defaultPorts[name]));
    urls[name] = readVar(env, `${prefix}_URL`, z.url({ protocol: /^https?$/ }).default(`http://127.0.0.1:${subgraphPort}/graphql`));
  }
  return urls;
}
