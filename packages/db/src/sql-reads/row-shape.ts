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
  /** A text array (`String[]`). */
  texts: ((value) => value as string[]) as Cell<string[]>,
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
  /** Every column name, and its decoder in the same order. */
  names: readonly (keyof Row & string)[];
  cells: readonly Cell<unknown>[];
  /** The columns `selectList` selects one by one, in select-list order, with their decoders. */
  plain: readonly (keyof Row & string)[];
  plainCells: readonly Cell<unknown>[];
  /** The columns it selects together as one JSON text after those (`packedInJson`), with their decoders. */
  packed: readonly (keyof Row & string)[];
  packedCells: readonly Cell<unknown>[];
  /** How many cells a row of the shape takes in the select list. */
  width: number;
}

/**
 * `packedInJson`: columns read as one JSON text cell (`json_build_array(…)::text`), decoded by one
 * `JSON.parse`, instead of a cell each. The driver adapter converts a JSON or array value with a
 * call of its own per value; for a row with several of them (a stay's periods and event ids)
 * those calls cost more than the rest of the row (issue 20, row 6).
 */
export function rowShape<Row>(
  table: string,
  columns: Columns<Row>,
  { packedInJson = [] }: { packedInJson?: readonly (keyof Row & string)[] } = {},
): RowShape<Row> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const cellOf = (name: keyof Row & string) => columns[name] as Cell<unknown>;
  const plain = names.filter((name) => !packedInJson.includes(name));
  return {
    table: `"public"."${table}"`,
    columns,
    names,
    cells: names.map(cellOf),
    plain,
    plainCells: plain.map(cellOf),
    packed: packedInJson,
    packedCells: packedInJson.map(cellOf),
    width: plain.length + (packedInJson.length ? 1 : 0),
  };
}

/** The shape's columns for a SELECT, from the table under `alias`, each named `alias.column` (unique across a join); packed ones last, as one JSON text. */
export function selectList<Row>(shape: RowShape<Row>, alias: string): string {
  const plain = shape.plain.map((name) => `"${alias}"."${name}" AS "${alias}.${name}"`);
  if (shape.packed.length === 0) return plain.join(", ");
  const packed = `json_build_array(${shape.packed.map((name) => `"${alias}"."${name}"`).join(", ")})::text AS "${alias}.(packed)"`;
  return [...plain, packed].join(", ");
}

/** Decodes the shape's columns from `row`, starting at `offset` (a join's second table follows the first). */
export function decodeRow<Row>(shape: RowShape<Row>, row: readonly unknown[], wire: boolean, offset = 0): Row {
  const decoded: Record<string, unknown> = {};
  const { plain, plainCells, packed, packedCells } = shape;
  for (let index = 0; index < plain.length; index += 1) decoded[plain[index]!] = plainCells[index]!(row[offset + index], wire);
  if (packed.length) {
    // Inside the JSON text every value is already decoded JSON (as Prisma's raw path hands cells over): not wire cells.
    const values = JSON.parse(row[offset + plain.length] as string) as unknown[];
    for (let index = 0; index < packed.length; index += 1) decoded[packed[index]!] = packedCells[index]!(values[index], false);
  }
  return decoded as Row;
}
