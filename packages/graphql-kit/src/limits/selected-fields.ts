import {
  getNamedType,
  isCompositeType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface SelectedField {
  node: FieldNode;
  /** The field's definition; undefined for `__typename` and for a field the schema lacks. */
  definition: GraphQLField<unknown, unknown> | undefined;
  /** The type its own selection set selects on (undefined for leaves). */
  childType: GraphQLCompositeType | undefined;
}

export interface FragmentSource {
  getSchema(): GraphQLSchema;
  getFragment(name: string): FragmentDefinitionNode | null | undefined;
}

/**
 * The fields one selection set selects, seen through inline fragments and fragment spreads. A
 * fragment spread twice in one selection set is read once (its fields merge, GraphQL spec §5.3.2),
 * which also keeps a document of fragments that spread each other twice from costing 2ⁿ work here.
 */
export function selectedFields(source: FragmentSource, selectionSet: SelectionSetNode, parentType: GraphQLCompositeType | undefined): SelectedField[] {
  const fields: SelectedField[] = [];
  const spread = new Set<string>();
  const collect = (set: SelectionSetNode, type: GraphQLCompositeType | undefined) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields.push(describe(selection, type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, selection.typeCondition ? compositeNamed(source, selection.typeCondition.name.value) : type);
      } else {
        const name = selection.name.value;
        const fragment = source.getFragment(name);
        if (!fragment || spread.has(name)) continue;
        spread.add(name);
        collect(fragment.selectionSet, compositeNamed(source, fragment.typeCondition.name.value));
      }
    }
  };
  collect(selectionSet, parentType);
  return fields;
}

/** The fields a selection set selects on a parent type: `selectedFields` over one document. */
export type FieldCollector = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType | undefined) => SelectedField[];

/** Collects afresh at each call: a validation rule's view of the document. */
export const collectorOf =
  (source: FragmentSource): FieldCollector =>
  (selectionSet, parentType) =>
    selectedFields(source, selectionSet, parentType);

/**
 * Collects each selection set once and remembers it, for a document measured once and costed at
 * every request. A selection set always sits on the same parent type in a valid document (its
 * place fixes it: a field's parent, a fragment's type condition), so the set alone is the key.
 */
export function rememberingCollector(source: FragmentSource): FieldCollector {
  const collected = new Map<SelectionSetNode, SelectedField[]>();
  return (selectionSet, parentType) => {
    let fields = collected.get(selectionSet);
    if (!fields) {
      fields = selectedFields(source, selectionSet, parentType);
      collected.set(selectionSet, fields);
    }
    return fields;
  };
}

/** The fields at the root of an operation, on its root type. */
export const rootFieldsOf = (fields: FieldCollector, schema: GraphQLSchema, operation: OperationDefinitionNode): SelectedField[] =>
  fields(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);

function describe(node: FieldNode, parentType: GraphQLCompositeType | undefined): SelectedField {
  const definition = parentType && "getFields" in parentType ? parentType.getFields()[node.name.value] : undefined;
  const named = definition ? getNamedType(definition.type) : undefined;
  return { node, definition, childType: named && isCompositeType(named) ? named : undefined };
}

function compositeNamed(source: FragmentSource, name: string): GraphQLCompositeType | undefined {
  const type = source.getSchema().getType(name);
  return type && isCompositeType(type) ? type : undefined;
}

/** Introspection (`__schema`, `__type`, `__typename`) is governed by SANDBOX, not by the size limits. */
export const isIntrospectionField = (node: FieldNode): boolean => node.name.value.startsWith("__");
