/**
 * Writes the README's "Errors" lists from the code: the extension keys and the error codes with
 * their HTTP statuses (packages/graphql-kit/src/error-codes.ts), between the README's
 * `<!-- errors:keys -->` and `<!-- errors:codes -->` markers. test/guides-consistency.test.ts
 * fails while the README differs from what this writes.
 *   npx tsx scripts/errors-doc.ts
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "@pasrr/config/repo-paths";
import { errorCodesTable, errorExtensionKeysList } from "@pasrr/graphql-kit/error-codes";

export const readmeFile = path.join(repoRoot, "README.md");

/** The generated parts of the README: each marker's name and what goes between its two lines. */
export const generatedParts = (): Record<string, string> => ({ "errors:keys": errorExtensionKeysList(), "errors:codes": errorCodesTable() });

/** `text` with each generated part replaced by what the code says now. */
export function withGeneratedParts(text: string): string {
  let result = text;
  for (const [name, content] of Object.entries(generatedParts())) {
    const open = `<!-- ${name} -->\n`;
    const close = `<!-- /${name} -->`;
    const start = result.indexOf(open);
    const end = result.indexOf(close, start);
    if (start < 0 || end < 0) throw new Error(`README.md has no ${open.trim()} … ${close} part`);
    result = `${result.slice(0, start + open.length)}${content}\n${result.slice(end)}`;
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await writeFile(readmeFile, withGeneratedParts(await readFile(readmeFile, "utf8")));
  console.log("README.md: errors:keys, errors:codes");
}
