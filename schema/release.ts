/**
 * `npm run schema:release` — records the current API schema as the released contract in
 * `schema/released/api.graphql`. Run it when a version ships to partners; from then on the
 * evolution test refuses breaking changes to it unless they are listed as deliberate in
 * `schema/released/deliberate-changes.json` (with the deprecation that announced them).
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { printApiSchema } from "./api-schema.ts";
import { releasedApiFile, supergraphFile } from "./schema-files.ts";

await mkdir(path.dirname(releasedApiFile), { recursive: true });
await writeFile(releasedApiFile, printApiSchema(await readFile(supergraphFile, "utf8")));
console.log(`released API schema written to ${path.relative(process.cwd(), releasedApiFile)}`);
