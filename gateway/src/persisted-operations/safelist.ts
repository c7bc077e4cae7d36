import { ConfigError } from "@pasrr/config/config-error";
import type { Role } from "@pasrr/auth/roles";
import type { SafelistConfig } from "../config/persisted-operations.config.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, visit, type DocumentNode } from "graphql";
import { persistedQueryManifest, type ManifestOperation } from "./operation-manifest.ts";

/** The operations each safelisted role may run, by id; a role that is absent is not safelisted. */
export type Safelist = ReadonlyMap<Role, ReadonlyMap<string, ManifestOperation>>;

/** `persisted-operations/<role in kebab case>.json`: MEDICAID_PAYMENT registers in `medicaid-payment.json`. */
export const manifestFile = (manifestDir: string, role: Role): string => path.join(manifestDir, `${role.toLowerCase().replaceAll("_", "-")}.json`);

/**
 * Reads the manifest of every safelisted role at start-up. A missing, unreadable or malformed
 * manifest stops the gateway with a ConfigError naming the file: a safelisted partner with no
 * registered operations would be refused everything, which is never what the operator meant.
 */
export function loadSafelist(config: SafelistConfig): Safelist {
  const safelist = new Map<Role, ReadonlyMap<string, ManifestOperation>>();
  for (const role of config.roles) {
    const file = manifestFile(config.manifestDir, role);
    const refuse = (problem: string) =>
      new ConfigError("GATEWAY_PERSISTED_OPERATIONS_DIR", `${role} is safelisted (GATEWAY_SAFELISTED_ROLES), but its manifest ${file} ${problem}`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw refuse("is not JSON");
    }
    const manifest = persistedQueryManifest.safeParse(json);
    if (!manifest.success) {
      const issue = manifest.error.issues[0];
      throw refuse(`is not an apollo-persisted-query-manifest: ${issue?.path.join(".")}: ${issue?.message}`);
    }
    for (const operation of manifest.data.operations) {
      let document: DocumentNode;
      try {
        document = parse(operation.body);
      } catch {
        throw refuse(`registers ${operation.name}, whose body is not GraphQL`);
      }
      if (readsTheSchema(document)) throw refuse(`registers ${operation.name}, which introspects the schema; a safelisted partner may not`);
    }
    safelist.set(role, new Map(manifest.data.operations.map((operation) => [operation.id, operation])));
  }
  return safelist;
}

/** Whether an operation asks for `__schema` or `__type` anywhere: introspection stays closed to safelisted partners. */
function readsTheSchema(document: DocumentNode): boolean {
  let introspects = false;
  visit(document, {
    [Kind.FIELD](field) {
      if (field.name.value === "__schema" || field.name.value === "__type") introspects = true;
    },
  });
  return introspects;
}
