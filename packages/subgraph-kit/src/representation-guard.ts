import { Kind, type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { forbidden } from "@pasrr/graphql-kit/errors";
import type { RequestContext } from "./context.ts";

/** `Type` → the fields it marks `@external`: values only another owner can vouch for. */
export function externalFieldsByType(typeDefs: DocumentNode): Map<string, Set<string>> {
  const external = new Map<string, Set<string>>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const fields = (definition.fields ?? [])
      .filter((field) => field.directives?.some((directive) => directive.name.value === "external"))
      .map((field) => field.name.value);
    if (fields.length) external.set(definition.name.value, new Set([...(external.get(definition.name.value) ?? []), ...fields]));
  }
  return external;
}

/**
 * `_entities` takes representations from the network. Through the gateway they carry the
 * `@external` values its query plan fetched from their owner (a person's merged ids, a facility's
 * county and residents); sent straight to a subgraph, those same values are whatever the caller
 * typed, and a subgraph that believed them would read records, or compute shares, for people
 * the caller named (architecture.md, "Trust boundary"). So a representation holding any
 * `@external` field is accepted only when a hub service vouched for the request; keys alone are
 * always accepted, because every field then applies its own authority rules to the keyed record.
 */
export function guardRepresentations(schema: GraphQLSchema, typeDefs: DocumentNode): void {
  const external = externalFieldsByType(typeDefs);
  const entities = schema.getQueryType()?.getFields()._entities;
  if (!entities || external.size === 0) return;
  const resolve = entities.resolve as GraphQLFieldResolver<unknown, RequestContext, { representations: unknown[] }>;
  entities.resolve = (source, args, context, info) => {
    if (!context.vouchedBy) {
      for (const representation of args.representations) {
        const { __typename: typeName, ...fields } = representation as Record<string, unknown>;
        const forged = Object.keys(fields).filter((field) => external.get(String(typeName))?.has(field));
        if (forged.length)
          throw forbidden(
            `${String(typeName)}.${forged.join(", ")} is supplied by the hub's gateway; a representation sent straight to this service may carry only the key`,
          );
      }
    }
    return resolve(source, args, context, info);
  };
}
