import fc from "fast-check";
import { isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLArgument, type GraphQLInputType } from "graphql";

/**
 * fast-check arbitraries for the variables of any operation, read from the schema: mostly values
 * of the right shape with hostile contents (empty, huge, control characters, SQL and markup,
 * impossible dates, out-of-range numbers), and now and then the wrong shape altogether (null for
 * a required value, a string for a list, an unknown field), so that every layer — GraphQL
 * coercion, zod, the rules, the database — is tried.
 */
const hostileStrings = fc.constantFrom(
  "",
  " ",
  "'; DROP TABLE individual; --",
  "<script>alert(1)</script>",
  "\u0000\u0001\u001f",
  "ﬀ𝔘𝔫𝔦𝔠𝔬𝔡𝔢\u202e",
  "x".repeat(20_000),
  "2026-02-30",
  "0000-00-00",
  "9999-12-31T25:61:61Z",
  "00000000-0000-0000-0000-000000000000",
  "NaN",
  "-1",
);
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }), hostileStrings);
const dates = fc.oneof(
  fc.date({ min: new Date("1800-01-01"), max: new Date("2200-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  anyString,
);
const wrongShape = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), anyString);

function scalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case "Int":
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer(), fc.double(), fc.constant(2 ** 40));
    case "Float":
      return fc.oneof(fc.double(), fc.integer());
    case "Boolean":
      return fc.boolean();
    case "ID":
      return fc.oneof(fc.uuid(), anyString);
    case "Date":
    case "DateTime":
      return dates;
    default:
      return anyString;
  }
}

export function hostileValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: hostileValue(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const shaped = (() => {
    if (isListType(type)) return fc.array(hostileValue(type.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 4 });
    if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), anyString);
    if (isScalarType(type)) return scalar(type.name);
    if (isInputObjectType(type)) {
      if (depth > 4) return fc.constant({});
      const fields = Object.values(type.getFields());
      const record = fc.record(Object.fromEntries(fields.map((field) => [field.name, hostileValue(field.type, depth + 1)])), {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      });
      return fc.oneof({ weight: 10, arbitrary: record }, { weight: 1, arbitrary: record.map((value) => ({ ...value, notAField: "x" })) });
    }
    return wrongShape;
  })();
  return fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: wrongShape }, { weight: 2, arbitrary: fc.constant(null) });
}

/** Variables for a root field's arguments, one variable per argument. */
export const hostileVariables = (args: readonly GraphQLArgument[]) => fc.record(Object.fromEntries(args.map((arg) => [arg.name, hostileValue(arg.type)])));
