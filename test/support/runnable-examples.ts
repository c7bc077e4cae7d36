import { roles, type Role } from "@pasrr/auth/roles";
import type { DevTokenRequest } from "@pasrr/devtools/dev-token";
import { parseArgs } from "node:util";

/**
 * The token a README example runs under, from its first line, `# token: npm run -s token -- --role …`:
 * the same options scripts/token.ts takes, so the line can be pasted into a shell as it stands.
 */
export function exampleToken(query: string): Omit<DevTokenRequest, "organisationId"> {
  const line = /^# token: npm run -s token -- (.+)$/m.exec(query.split("\n")[0] ?? "");
  if (!line) throw new Error(`the example does not start with "# token: npm run -s token -- …": ${query.slice(0, 80)}`);
  const { values } = parseArgs({
    args: line[1]!.split(/\s+/),
    options: { role: { type: "string" }, counties: { type: "string" }, facilities: { type: "string" }, org: { type: "string" } },
  });
  if (!roles.includes(values.role as Role)) throw new Error(`unknown role in ${line[0]}`);
  const list = (value: string | undefined) => (value ? value.split(",") : []);
  return { role: values.role as Role, counties: list(values.counties), facilityIds: list(values.facilities) };
}

/** Whether an answer holds nothing worth showing: only nulls, empty lists and objects of those. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.every(isEmptyAnswer);
  if (typeof value === "object") return Object.values(value).every(isEmptyAnswer);
  return false;
}
