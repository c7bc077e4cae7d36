/**
 * Regenerates the payment-check example's typed documents with GraphQL Code Generator (client
 * preset): the partner-facing API schema is cut from schema/supergraph.graphql (federation's
 * join directives removed, as the gateway serves it) into api-schema.graphql, and the documents
 * in src/ are typed against it in src/gql/. Both are committed; a test regenerates them and fails
 * on any difference, so the example never drifts from the graph.
 *   npx tsx examples/payment-check/codegen.ts
 */
import { generate } from "@graphql-codegen/cli";
import { printSchema } from "graphql";
import { apiSchemaOf } from "../../schema/api-schema.ts";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const exampleDir = import.meta.dirname;
const supergraphFile = path.join(exampleDir, "..", "..", "schema", "supergraph.graphql");

/** Writes api-schema.graphql and src/gql/ under `targetDir` (the example itself, or a scratch folder to compare). */
export async function generateTypedDocuments(targetDir: string): Promise<void> {
  const api = apiSchemaOf(await readFile(supergraphFile, "utf8"));
  const schemaFile = path.join(targetDir, "api-schema.graphql");
  await mkdir(targetDir, { recursive: true });
  await writeFile(schemaFile, `${printSchema(api)}\n`);
  await generate(
    {
      schema: schemaFile,
      documents: [path.join(exampleDir, "src", "*.ts")],
      generates: {
        [`${path.join(targetDir, "src", "gql")}/`]: {
          preset: "client",
          presetConfig: { fragmentMasking: false },
          config: {
            onlyOperationTypes: true,
            useTypeImports: true,
            emitLegacyCommonJSImports: false,
            enumsAsTypes: true,
            scalars: { Date: "string", DateTime: "string" },
          },
        },
      },
      silent: true,
    },
    true,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await generateTypedDocuments(exampleDir);
  console.log("payment-check: typed documents regenerated");
}
