import { createHash } from "node:crypto";
import { getOperationAST, parse, print, type DocumentNode } from "graphql";
import { z } from "zod";

/** An operation's id: the sha256 (hex) of its exact text, as APQ clients compute `sha256Hash`. */
export const operationId = (body: string): string => createHash("sha256").update(body).digest("hex");

const manifestOperation = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, "must be the lower-case hex sha256 of the body"),
  name: z.string().min(1),
  type: z.enum(["query", "mutation", "subscription"]),
  body: z.string().min(1),
});
export type ManifestOperation = z.infer<typeof manifestOperation>;

/**
 * Apollo's persisted query manifest (the format of `@apollo/generate-persisted-query-manifest`
 * and GraphOS safelisting), so a partner's tooling can produce or read it unchanged.
 */
export const persistedQueryManifest = z
  .object({
    format: z.literal("apollo-persisted-query-manifest"),
    version: z.literal(1),
    operations: z.array(manifestOperation),
  })
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    manifest.operations.forEach((operation, index) => {
      if (operation.id !== operationId(operation.body))
        ctx.addIssue({ code: "custom", path: ["operations", index, "id"], message: `${operation.name}: id is not the sha256 of its body` });
      if (seen.has(operation.id)) ctx.addIssue({ code: "custom", path: ["operations", index, "id"], message: `${operation.name}: registered twice` });
      seen.add(operation.id);
    });
  });
export type PersistedQueryManifest = z.infer<typeof persistedQueryManifest>;

/**
 * The manifest of a client's documents: a document's body is `print(document)`, exactly the text
 * the client sends, so its id is the hash the client computes; a text is registered as written
 * (a guide's example, which a partner copies as it stands: its layout is part of its id). Sorted
 * by name, so a regenerated manifest differs from the committed one only when an operation did.
 */
export function manifestOf(documents: (DocumentNode | string)[]): PersistedQueryManifest {
  const operations = documents.map((document): ManifestOperation => {
    const body = typeof document === "string" ? document : print(document);
    const operation = getOperationAST(typeof document === "string" ? parse(document) : document);
    if (!operation?.name) throw new Error("every registered document holds exactly one named operation");
    return { id: operationId(body), name: operation.name.value, type: operation.operation, body };
  });
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}

/** The manifest as its file holds it. */
export const manifestText = (manifest: PersistedQueryManifest): string => `${JSON.stringify(manifest, null, 2)}\n`;
