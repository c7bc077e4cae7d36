/**
 * A table's row as the hot reads decode it: one cell decoder per column, keyed by the generated
 * Prisma model's fields (`RowShape<Individual>`), so a column added, dropped, renamed or made
 * nullable in the schema fails the build here instead of answering wrongly in production.
 */

/** Decodes one cell; `wire` is true for driver-adapter cells (dates and JSON as text), false for Prisma's raw-query values. */
export type Cell<T> = (value: unknown, wire: boolean) => T;

/** JSON as Prisma types it (`Prisma.JsonValue`), without importing a subgraph's generated client. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const cell = {
  text: ((value) => value as string) as Cell<string>,
  int: ((value) => value as number) as Cell<number>,
  boolean: ((value) => value as boolean) as Cell<boolean>,
  /** A uuid: PostgreSQL writes it in lower case, as Prisma returns it. */
  uuid: ((value) => value as string) as Cell<string>,
  uuids: ((value) => value as string[]) as Cell<string[]>,
  /** A DATE column as Prisma returns it: the day at UTC midnight (a date-only ISO text parses as UTC; graphql-kit's fromDbDate reads it back). */
  date: ((value) => (typeof value === "string" ? new Date(value) : (value as Date))) as Cell<Date>,
  /** A timestamptz: the adapters hand over ISO text with its offset. */
  timestamp: ((value) => (typeof value === "string" ? new Date(value) : (value as Date))) as Cell<Date>,
  json: ((value, wire) => (wire ? (JSON.parse(value as string) as JsonValue) : (value as JsonValue))) as Cell<JsonValue>,
  /** An enum column, typed by the generated client's enum object (`cell.oneOf($Enums.Sex)`). */
  oneOf:
    <E extends string>(_values: Readonly<Record<string, E>>): Cell<E> =>
    (value) =>
      value as E,
  nullable:
    <T>(decode: Cell<T>): Cell<T | null> =>
    (value, wire) =>
      value === null ? null : decode(value, wire),
};

export type Columns<Row> = { readonly [K in keyof Row]-?: Cell<Row[K]> };

export interface RowShape<Row> {
  /** The table, schema-qualified and quoted as Prisma sends it. */
  table: string;
  columns: Columns<Row>;
  /** Column names in select-list order, and their decoders in the same order. */
  names: readonly (keyof Row & string)[];
  cells: readonly Cell<unknown>[];
}

export function rowShape<Row>(table: string, columns: Columns<Row>): RowShape<Row> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  return { table: `"public"."${table}"`, columns, names, cells: names.map((name) => columns[name] as Cell<unknown>) };
}

/** The shape's columns for a SELECT, from the table under `alias`, each named `alias.column` (unique across a join). */
export const selectList = <Row>(shape: RowShape<Row>, alias: string): string =>
  shape.names.map((name) => `"${alias}"."${name}" AS "${alias}.${name}"`).join(", ");

/** Decodes the shape's columns from `row`, starting at `offset` (a join's second table follows the first). */
export function decodeRow<Row>(shape: RowShape<Row>, row: readonly unknown[], wire: boolean, offset = 0): Row {
  const decoded: Record<string, unknown> = {};
  const { names, cells } = shape;
  for (let index = 0; index < names.length; index += 1) decoded[names[index]!] = cells[index]!(row[offset + index], wire);
  return decoded as Row;
}
