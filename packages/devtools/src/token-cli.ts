import { parseArgs } from "node:util";
import { roles, type Role } from "@pasrr/auth/roles";
import type { DevTokenRequest } from "./dev-token.ts";

/** What `npm run token -- --help` prints, and what follows any refusal. */
export const tokenUsage = `Mints a development token signed with the local dev key (production tokens come from the state's identity provider).

usage: npm run token -- --role <ROLE> [options]

  --role <ROLE>          one of ${roles.join(", ")}
  --counties <a,b>       counties a PAA covers (required for PAA)
  --facilities <id,id>   facilities a NURSING_FACILITY or HOSPITAL operates (required for those roles)
  --org <id>             organisation id (default: dev-<role>)
  --subject <id>         the token's subject (default: dev-user@<org>)
  --hours <n>            lifetime in hours (default: 8)
  --help                 this text

example: npm run token -- --role PAA --counties Hamilton,Butler`;

/** A claim of the token as the flag that sets it, so a refusal names what to type. */
const flagOfClaim: Record<string, string> = { sub: "--subject", org: "--org", role: "--role", counties: "--counties", facilityIds: "--facilities" };

export type TokenArgs = { kind: "help" } | { kind: "mint"; request: DevTokenRequest } | { kind: "refused"; problems: string[] };

/** Reads the command line; an unknown flag or a bad value is a plain refusal, never a stack trace. */
export function readTokenArgs(argv: string[]): TokenArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        role: { type: "string" },
        org: { type: "string" },
        subject: { type: "string" },
        counties: { type: "string" },
        facilities: { type: "string" },
        hours: { type: "string", default: "8" },
      },
    }));
  } catch (error) {
    // node:util's own message ("Unknown option '--x'…") is already plain; its stack is not for a user.
    return { kind: "refused", problems: [(error as Error).message] };
  }
  if (values.help) return { kind: "help" };
  const problems: string[] = [];
  if (!values.role) problems.push(`--role is required (one of ${roles.join(", ")})`);
  else if (!roles.includes(values.role as Role)) problems.push(`--role ${values.role} is not a role; use one of ${roles.join(", ")}`);
  const hours = Number(values.hours);
  if (!Number.isFinite(hours) || hours <= 0) problems.push(`--hours must be a positive number of hours (got ${values.hours})`);
  if (problems.length > 0 || !values.role) return { kind: "refused", problems };
  return {
    kind: "mint",
    request: {
      role: values.role as Role,
      organisationId: values.org ?? `dev-${values.role.toLowerCase().replace(/_/g, "-")}`,
      subject: values.subject,
      counties: list(values.counties),
      facilityIds: list(values.facilities),
      expiresInSeconds: Math.round(hours * 3600),
    },
  };
}

/**
 * The claims' refusals (a zod error from hubClaimsSchema) as one plain line per field, named by
 * the flag that sets it: `--counties: a PAA token must name its counties`.
 */
export function claimProblems(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => {
    const claim = String(issue.path[0] ?? "");
    return `${flagOfClaim[claim] ?? claim}: ${issue.message}`;
  });
}

function list(value: string | undefined): string[] {
  return value
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}
