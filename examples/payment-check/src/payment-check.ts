/**
 * A Medicaid payment system's pre-payment check, as a partner would write it: reads a file of
 * nursing-facility claim lines (Medicaid ID, provider number, first and last day billed), asks
 * the hub which billed days an approved Level of Care covers — a batch of up to 10,000 lines per
 * request, by `levelOfCareClaimBatch` — and prints a coverage report.
 *   PASRR_TOKEN=… [GATEWAY_URL=…] npx tsx examples/payment-check/src/payment-check.ts [--persisted] claims.csv
 * `--persisted` sends each operation by its registered id instead of its text (the production setting).
 * Every request and answer is typed by the documents GraphQL Code Generator made from the graph.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { claimBatch } from "./documents.ts";
import type { ClaimBatchQuery } from "./gql/graphql.ts";

export interface ClaimLine {
  medicaidId: string;
  providerNumber: string;
  from: string;
  to: string;
}

type Coverage = NonNullable<ClaimBatchQuery["levelOfCareClaimBatch"]["lines"][number]>;

/** One claim line a line of CSV: `medicaidId,providerNumber,from,to`; a header line and blank lines are skipped. */
export function parseClaimLines(csv: string): ClaimLine[] {
  return csv
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("medicaidId"))
    .map((line) => {
      const [medicaidId = "", providerNumber = "", from = "", to = ""] = line.split(",").map((cell) => cell.trim());
      return { medicaidId, providerNumber, from, to };
    });
}

/**
 * How operations travel. `text`: the whole query each time. `id`: only its sha256 (Apollo's
 * persisted-query extension), which a hub in safelist mode answers from the operations registered
 * for the payment system (persisted-operations/medicaid-payment.json); a hub that does not know
 * the id answers PERSISTED_QUERY_NOT_FOUND and gets the text once with it (automatic persisted queries).
 */
export type SendMode = "text" | "id";

type Answer<Result> = { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };

async function send<Result, Variables>(
  url: string,
  token: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  mode: SendMode,
): Promise<Result> {
  const query = print(document);
  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...body, variables }),
    });
    return { status: response.status, answer: (await response.json()) as Answer<Result> };
  };
  const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
  let { status, answer } = mode === "id" ? await post({ extensions: { persistedQuery } }) : await post({ query });
  if (answer.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND"))
    ({ status, answer } = await post({ query, extensions: { persistedQuery } }));
  if (answer.errors?.length || !answer.data) {
    throw new Error(`the hub answered ${status}: ${(answer.errors ?? []).map((error) => `${error.extensions?.code}: ${error.message}`).join("; ")}`);
  }
  return answer.data;
}

const days = (from: string, through: string) => Math.round((Date.parse(through) - Date.parse(from)) / 86_400_000) + 1;

function describe(line: ClaimLine, coverage: Coverage | undefined): string {
  const head = `${line.medicaidId} ${line.providerNumber} ${line.from}..${line.to}:`;
  if (!coverage) return `${head} NO PERSON holds this Medicaid ID — do not pay; route to the state agency`;
  const covered = coverage.coveredSpans.reduce((sum, span) => sum + days(span.from, span.through), 0);
  const parts = [
    ...coverage.coveredSpans.map((span) => `covered ${span.from}..${span.through} (${span.levelOfCareType})`),
    ...coverage.uncoveredSpans.map((span) => `uncovered ${span.from}..${span.through} (${span.reason})`),
  ];
  return `${head} ${covered} of ${days(line.from, line.to)} days covered; ${parts.join("; ")}`;
}

/** The most claim lines the hub takes in one request (docs/partners/medicaid-payment.md, "Limits"). */
const maxLines = 10_000;

/** The report, one line per claim line, in file order. */
export async function checkClaims(lines: ClaimLine[], url: string, token: string, mode: SendMode = "text"): Promise<string[]> {
  const report: string[] = [];
  for (let start = 0; start < lines.length; start += maxLines) {
    const batch = lines.slice(start, start + maxLines);
    const { levelOfCareClaimBatch } = await send(
      url,
      token,
      claimBatch,
      {
        // A line's reference is its place in the file; the answers come back in the order sent.
        lines: batch.map((line, n) => ({
          line: String(start + n),
          medicaidId: line.medicaidId,
          issuer: "OH",
          providerNumber: line.providerNumber,
          from: line.from,
          to: line.to,
        })),
      },
      mode,
    );
    batch.forEach((line, n) => report.push(describe(line, levelOfCareClaimBatch.lines[n] ?? undefined)));
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const mode: SendMode = args.includes("--persisted") ? "id" : "text";
  const [file] = args.filter((arg) => arg !== "--persisted");
  const token = process.env.PASRR_TOKEN;
  if (!file || !token) {
    console.error("usage: PASRR_TOKEN=<payment-system token> [GATEWAY_URL=…] payment-check [--persisted] <claims.csv>");
    process.exit(2);
  }
  const url = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000/graphql";
  for (const line of await checkClaims(parseClaimLines(await readFile(file, "utf8")), url, token, mode)) console.log(line);
}
