/**
 * Writes the payment system's registered operations, `persisted-operations/medicaid-payment.json`,
 * from the documents its client sends (every GraphQL document `examples/payment-check/src/documents.ts`
 * exports), the examples of its guide (`docs/partners/medicaid-payment.md`), each as written, and the
 * internal UI's operations the payment clerk's page runs (`uiPaymentOperationFiles`, as urql sends them):
 * in production the payment system runs only registered operations, so an example of its own
 * guide that is not registered would be refused there (issue 22). The manifest is a reviewed
 * artifact: this script writes it, a pull request shows the change, and
 * test/persisted-operations.test.ts fails while it differs from the documents and the guide.
 *   npm run persisted:manifest
 */
import { formatDocument, stringifyDocument } from "@urql/core";
import { Kind, parse, type DocumentNode } from "graphql";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as paymentCheckDocuments from "../examples/payment-check/src/documents.ts";
import { parsePartnerExamples, partnerDocsDir } from "../gateway/src/sandbox/partner-examples.ts";
import { manifestOf, manifestText, type PersistedQueryManifest } from "../gateway/src/persisted-operations/operation-manifest.ts";
import { manifestFile } from "../gateway/src/persisted-operations/safelist.ts";
import { repoRoot } from "@pasrr/config/repo-paths";

export const paymentManifestFile = manifestFile(path.join(repoRoot, "persisted-operations"), "MEDICAID_PAYMENT");
export const paymentGuideFile = path.join(partnerDocsDir, "medicaid-payment.md");

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;

/** The operations of the payment system's guide, each exactly as the guide writes it. */
export function paymentGuideOperations(): string[] {
  return parsePartnerExamples("medicaid-payment", readFileSync(paymentGuideFile, "utf8")).map((example) => example.query);
}

/**
 * The internal UI's files whose operation the payment system's role runs (issue 23): the hub's
 * today, which every signed-in page asks first, and the claim CSV page's batch.
 */
export const uiPaymentOperationFiles = [
  path.join(repoRoot, "ui", "src", "calendar", "hub-today.tsx"),
  path.join(repoRoot, "ui", "src", "pages", "payment", "claim-batch.operation.ts"),
];

/**
 * A UI file's one `graphql(\`…\`)` operation as the UI's urql client sends it: its document cache
 * (`cacheExchange`) adds `__typename` to every selection (`formatDocument`), and the request body
 * holds `stringifyDocument` of that. The registered text is exactly what the browser posts.
 */
export function uiOperationText(file: string): string {
  const source = /graphql\(`([^`]*)`\)/.exec(readFileSync(file, "utf8"))?.[1];
  if (!source) throw new Error(`${file}: no graphql(\`…\`) operation`);
  return stringifyDocument(formatDocument(parse(source, { noLocation: true })));
}

/** The manifest the payment-check example's documents, the payment guide's examples and the UI's payment operations make today. */
export function paymentCheckManifest(): PersistedQueryManifest {
  return manifestOf([...Object.values(paymentCheckDocuments).filter(isDocument), ...paymentGuideOperations(), ...uiPaymentOperationFiles.map(uiOperationText)]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const manifest = paymentCheckManifest();
  await writeFile(paymentManifestFile, manifestText(manifest));
  console.log(`${path.relative(repoRoot, paymentManifestFile)}: ${manifest.operations.map((operation) => operation.name).join(", ")}`);
}
