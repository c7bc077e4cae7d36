import { GraphQLScalarType } from "graphql";

/** A JSON value (a record's snapshot in history); output only. */
export const JsonScalar = new GraphQLScalarType({
  name: "JSON",
  description: "A JSON value: the snapshot of a record as history keeps it.",
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError("JSON is an output type only");
  },
});
