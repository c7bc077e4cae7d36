/**
 * `npm run db:roles -- <runtime-role>`: prints the SQL that gives a subgraph's runtime role (the
 * one its replicas connect as) only the privileges it needs, to be run in each subgraph database
 * by the migration owner after the migrations (docs/operations.md, "Database roles"). The owner
 * owns the tables, triggers and functions; the runtime role owns nothing, so it can neither ALTER,
 * DROP nor TRUNCATE a table nor disable a trigger, and it may only read and append the audit trail
 * (HIPAA 45 CFR 164.312(b), audit controls; red-team finding 5: the application's role owned
 * the audit table and could `ALTER TABLE … DISABLE TRIGGER` or drop it).
 */
import { fileURLToPath } from "node:url";

/** Tables no runtime role may change or empty: each also carries an append-only trigger. */
export const appendOnlyTables = ["AuditEvent", "CensusEvent"] as const;

/** A PostgreSQL identifier, quoted (a role name is configuration, never trusted as SQL). */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function runtimeRoleGrants(runtimeRole: string): string[] {
  const role = ident(runtimeRole);
  return [
    // Only owners create objects (PostgreSQL 15's default, stated for older servers).
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    // Tables later migrations create get the same rights (run as the owner that will create them).
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    // The migrations ledger is read only: a replica's start sees that nothing is pending, and applies nothing.
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role}`,
    // Read and append only; the append-only triggers stay as a second lock that even the owner meets.
    ...appendOnlyTables.map(
      (table) =>
        `DO $$ BEGIN IF to_regclass('public.${ident(table)}') IS NOT NULL THEN EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON ${ident(table)} FROM ${role.replace(/'/g, "''")}'; END IF; END $$`,
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const role = process.argv[2];
  if (!role) {
    console.error("usage: npm run db:roles -- <runtime-role>   (prints SQL; run it as the migration owner in each subgraph database)");
    process.exit(2);
  }
  console.log(
    runtimeRoleGrants(role)
      .map((statement) => `${statement};`)
      .join("\n"),
  );
}
