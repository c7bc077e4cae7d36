/**
 * Types the UI's operations and fragments (colocated with their components) against the API schema
 * partners see, with GraphQL Code Generator's client preset, into src/gql/ (git-ignored, rebuilt by
 * `npm run generate`). A component asking for a field the graph does not have fails the build.
 */
import { generate } from "@graphql-codegen/cli";
import { printSchema } from "graphql";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { apiSchemaOf } from "../schema/api-schema.ts";

export const uiDir = import.meta.dirname;
export const generatedDir = path.join(uiDir, "src", "gql");

export async function generateUiDocuments(): Promise<void> {
  const api = apiSchemaOf(await readFile(path.join(uiDir, "..", "schema", "supergraph.graphql"), "utf8"));
  await mkdir(generatedDir, { recursive: true });
  const schemaFile = path.join(generatedDir, "api-schema.graphql");
  await writeFile(schemaFile, `${printSchema(api)}\n`);
  await generate(
    {
      schema: schemaFile,
      documents: [path.join(uiDir, "src", "**", "*.tsx"), path.join(uiDir, "src", "**", "*.ts"), `!${generatedDir}/**`],
      generates: {
        [`${generatedDir}/`]: {
          preset: "client",
          presetConfig: { fragmentMasking: { unmaskFunctionName: "readFragment" } },
          config: {
            useTypeImports: true,
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
