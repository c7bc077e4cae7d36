import type { ArgType } from "@prisma/driver-adapter-utils";
import { textList } from "./sql-read.ts";

/**
 * Which rows of a table a principal may read, as data: each subgraph states its scope once in
 * this form, and both the Prisma filter (`rowScopeWhere`) and the hot reads' SQL
 * (`rowScopeSql`) are made from it, so the two paths cannot drift apart.
 */
export type RowScope =
  | { kind: "all" }
  | { kind: "none" }
  | {
      kind: "anyOf";
      /** The column compared, on the row's table or, with `through`, on the table a relation points at. */
      column: string;
      values: readonly string[];
      /** Compared in any case (Prisma's `mode: "insensitive"`). */
      ignoreCase?: boolean;
      /** The column lies on a related row: the relation's field, its table and the row's foreign key to it. */
      through?: { relation: string; table: string; foreignKey: string };
    };

/** A scope as a Prisma `where` (the caller types it as its model's WhereInput). */
export function rowScopeWhere(scope: RowScope): Record<string, unknown> {
  switch (scope.kind) {
    case "all":
      return {};
    case "none":
      return { id: { in: [] } };
    case "anyOf": {
      const condition = { [scope.column]: { in: [...scope.values], ...(scope.ignoreCase ? { mode: "insensitive" } : {}) } };
      return scope.through ? { [scope.through.relation]: condition } : condition;
    }
  }
}

/**
 * A scope as an SQL condition on the row under `alias`, its values bound as one text-array
 * parameter numbered `parameter`. Compared as text: a value that is no uuid (a token's claim is
 * free text) matches nothing instead of failing the statement.
 */
export function rowScopeSql(scope: RowScope, alias: string, parameter: number): { sql: string; args: unknown[]; argTypes: ArgType[] } {
  switch (scope.kind) {
    case "all":
      return { sql: "TRUE", args: [], argTypes: [] };
    case "none":
      return { sql: "FALSE", args: [], argTypes: [] };
    case "anyOf": {
      const bound = scope.ignoreCase ? `ARRAY(SELECT LOWER(value) FROM unnest($${parameter}::text[]) AS value)` : `$${parameter}::text[]`;
      const compared = (column: string) => (scope.ignoreCase ? `LOWER(${column}::text)` : `${column}::text`);
      const sql = scope.through
        ? `"${alias}"."${scope.through.foreignKey}" IN (SELECT "scope"."id" FROM "public"."${scope.through.table}" AS "scope" WHERE ${compared(`"scope"."${scope.column}"`)} = ANY(${bound}))`
        : `${compared(`"${alias}"."${scope.column}"`)} = ANY(${bound})`;
      return { sql, args: [[...scope.values]], argTypes: [textList] };
    }
  }
}
