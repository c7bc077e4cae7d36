import {
  coerceInputValue,
  Kind,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
  type VariableDefinitionNode,
} from "graphql";

/**
 * Where each part of a document sits, as a partner names it: a field by its response path
 * (`individual.levelOfCareDeterminations`, aliases as written), an argument or a value inside
 * one below it (`individual.levelOfCareDeterminations.asOf`, `recordCensusEvent.input.effectiveOn`,
 * `levelOfCareClaimBatch.lines.0.from`), a variable as `$name`. A fragment's fields are named
 * from the fragment (`PersonParts.levelOfCareDeterminations.asOf`): one fragment may be spread
 * under several fields.
 */
export function inputPathsOf(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const fields: string[] = [];
  const joined = (...parts: string[]) => [...fields, ...parts].join(".");
  const recordValue = (node: ValueNode, path: string): void => {
    paths.set(node, path);
    if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) {
        paths.set(field, `${path}.${field.name.value}`);
        recordValue(field.value, `${path}.${field.name.value}`);
      }
    }
    if (node.kind === Kind.LIST) node.values.forEach((item, index) => recordValue(item, `${path}.${index}`));
  };
  visit(document, {
    FragmentDefinition: {
      enter: (node) => void fields.push(node.name.value),
      leave: () => void fields.pop(),
    },
    Field: {
      enter(node) {
        fields.push((node.alias ?? node.name).value);
        paths.set(node, joined());
      },
      leave: () => void fields.pop(),
    },
    Argument(node) {
      const path = joined(node.name.value);
      paths.set(node, path);
      recordValue(node.value, path);
    },
    VariableDefinition(node) {
      paths.set(node, `$${node.variable.name.value}`);
    },
  });
  return paths;
}

/**
 * The path inside a variable of each value its type refuses (`$input.effectiveOn`, `$lines.3.to`),
 * in the order graphql-js reports them (its `coerceInputValue`, which the variables' own coercion
 * runs with the same callback): so the n-th refusal of a variable is the n-th path. Run only
 * once a variable was refused, so a good request pays nothing for it.
 */
export function refusedVariablePaths(schema: GraphQLSchema, definition: VariableDefinitionNode, variables: Record<string, unknown> | undefined): string[] {
  const name = definition.variable.name.value;
  const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
  const value = variables?.[name];
  if (!type || value === undefined || value === null) return [`$${name}`];
  const paths: string[] = [];
  coerceInputValue(value, type, (path, _invalid, error) => paths.push(withInnerField([`$${name}`, ...path.map(String)].join("."), error.message)));
  return paths.length > 0 ? paths : [`$${name}`];
}

/**
 * A field missing from an input object, or one its type lacks, is reported at the object, and
 * graphql-js names the field only in its message (`Field "from" of required type "Int!" was not
 * provided.`, or `Field "Line.from" …` for a value written in the query): the path goes on to it.
 */
export function withInnerField(path: string, message: string): string {
  const inner = /^Field "(?:[_A-Za-z][_0-9A-Za-z]*\.)?([_A-Za-z][_0-9A-Za-z]*)" (?:of required type|is not defined by type)/.exec(message)?.[1];
  return inner ? `${path}.${inner}` : path;
}
