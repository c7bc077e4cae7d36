/**
 * Writes the payment system's registered operations, `persisted-operations/medicaid-payment.json`,
 * from the documents its client sends (every GraphQL document `examples/payment-check/src/documents.ts`
 * exports). The manifest is a reviewed artifact: this script writes it, a pull request shows the
 * change, and test/persisted-operations.test.ts fails while it differs from the documents.
 *   npm run persisted:manifest
 */
import { Kind, type DocumentNode } from "graphql";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as paymentCheckDocuments from "../examples/payment-check/src/documents.ts";
import { manifestOf, manifestText, type PersistedQueryManifest } from "../gateway/src/persisted-operations/operation-manifest.ts";
import { manifestFile } from "../gateway/src/persisted-operations/safelist.ts";
import { repoRoot } from "@pasrr/config/repo-paths";

export const paymentManifestFile = manifestFile(path.join(repoRoot, "persisted-operations"), "MEDICAID_PAYMENT");

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;

/** The manifest the payment-check example's documents make today. */
export function paymentCheckManifest(): PersistedQueryManifest {
  return manifestOf(Object.values(paymentCheckDocuments).filter(isDocument));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const manifest = paymentCheckManifest();
  await writeFile(paymentManifestFile, manifestText(manifest));
  console.log(`${path.relative(repoRoot, paymentManifestFile)}: ${manifest.operations.map((operation) => operation.name).join(", ")}`);
}
