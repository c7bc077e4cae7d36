import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";
import { errorCodes, isHubErrorCode, unavailableReasons } from "@pasrr/graphql-kit/error-codes";
import { maxPageSize } from "@pasrr/graphql-kit/pagination";
import { loadIdentifierLookupLimits } from "@pasrr/graphql-kit/limits/operation-limits.config";
import { largestAuditPage } from "@pasrr/subgraph-kit/audit/audit.resolver";
import { loadGatewayConfig } from "../gateway/src/config/gateway-config.ts";
import { operationId, persistedQueryManifest } from "../gateway/src/persisted-operations/operation-manifest.ts";
import { maxRenewalWindowDays } from "../subgraphs/levelofcare/src/renewal/renewal.rules.ts";
import { paymentGuideOperations, paymentManifestFile } from "../scripts/persisted-manifest.ts";
import { readmeFile, withGeneratedParts } from "../scripts/errors-doc.ts";

/**
 * Issue 22: the guides say what the code does. Limits come from the configuration's defaults,
 * error codes and their HTTP statuses from the error-code table (graphql-kit/error-codes.ts),
 * registered operations from the manifests under persisted-operations/; each test fails, naming
 * the guide and the statement, when a guide says otherwise.
 */
const read = (file: string) => readFileSync(file, "utf8");
const partnersDir = path.join(repoRoot, "docs", "partners");
const guides = [readmeFile, path.join(repoRoot, "docs", "operations.md"), ...readdirSync(partnersDir).map((name) => path.join(partnersDir, name))];
const relative = (file: string) => path.relative(repoRoot, file);
const gateway = loadGatewayConfig({ NODE_ENV: "test" });
const MiB = 1024 * 1024;
const number = (text: string) => Number(text.replaceAll(",", ""));

/** A guide's statements: each table row, list item and sentence (code blocks left out). */
function statements(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, "");
  return prose
    .split(/\n\s*\n|\n(?=\s*[-|] )|\n(?=\s*\d+\. )/)
    .flatMap((chunk) => chunk.split(/(?<=\.)\s+(?=[A-Z])/))
    .map((chunk) => chunk.replace(/\s+/g, " ").trim());
}

/** Where each backticked code of the error table stands in a statement. */
function codesIn(statement: string): { code: string; at: number }[] {
  return [...statement.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].filter((match) => isHubErrorCode(match[1])).map((match) => ({ code: match[1]!, at: match.index }));
}

describe("the guides and the code say the same", () => {
  it("the README's errors lists are the error-code table's (npx tsx scripts/errors-doc.ts rewrites them)", () => {
    const readme = read(readmeFile);
    expect(readme, "README.md's errors lists are stale: run npx tsx scripts/errors-doc.ts").toBe(withGeneratedParts(readme));
  });

  it("the partner guides' table of errors has every code, each with exactly its HTTP statuses", () => {
    const guide = read(path.join(partnersDir, "README.md"));
    const section = guide.slice(guide.indexOf("## Errors every partner meets"), guide.indexOf("## Limits every partner meets"));
    const rows = section.split("\n").filter((line) => /^\| `/.test(line));
    const table = rows.map((row) => {
      const [codeCell, httpCell] = row.split("|").slice(1, 3);
      return { code: codeCell!.trim().replaceAll("`", ""), statuses: [...httpCell!.matchAll(/\d{3}/g)].map((match) => Number(match[0])) };
    });
    expect(table.map((row) => row.code).sort()).toEqual(Object.keys(errorCodes).sort());
    for (const row of table)
      expect(row.statuses, `docs/partners/README.md: ${row.code}`).toEqual([...errorCodes[row.code as keyof typeof errorCodes].statuses]);
  });

  it("every error code a guide names is one the hub answers", () => {
    const codeLike =
      /^(?:[A-Z_]+_(?:FOUND|INPUT|UNAVAILABLE|EXCEEDED|LIMITED|FAILED|FAILURE|REQUEST|SAFELIST|MISMATCH|SUPPORTED|SERVER_ERROR)|FORBIDDEN|CONFLICT|UNAUTHENTICATED)$/;
    const notCodes = new Set<string>(unavailableReasons);
    for (const file of guides) {
      const named = [...read(file).matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!).filter((token) => codeLike.test(token) && !notCodes.has(token));
      expect(
        named.filter((code) => !isHubErrorCode(code)),
        relative(file),
      ).toEqual([]);
    }
  });

  it("an HTTP status a guide gives with an error code is one that code is answered with", () => {
    for (const file of guides) {
      for (const statement of statements(read(file))) {
        const codes = codesIn(statement);
        if (codes.length === 0) continue;
        for (const status of statement.matchAll(/HTTP (\d{3})/g)) {
          const nearest = codes.reduce((best, candidate) => (Math.abs(candidate.at - status.index) < Math.abs(best.at - status.index) ? candidate : best));
          const allowed: readonly number[] = errorCodes[nearest.code as keyof typeof errorCodes].statuses;
          expect(allowed, `${relative(file)}: "${statement.slice(0, 160)}…" gives ${nearest.code} HTTP ${status[1]}`).toContain(Number(status[1]));
        }
      }
    }
  });

  /** A statement of a limit in a guide, and the value the code has for it. */
  const limits: { file: string; says: RegExp; values: (match: RegExpMatchArray) => [number, number][] }[] = [
    {
      file: "docs/partners/README.md",
      says: /nest (\d+) levels, use (\d+) aliases and (\d+) root fields, and cost at most ([\d,]+)\s+estimated objects; no list may hold more than ([\d,]+) items/,
      values: (m) => [
        [number(m[1]!), gateway.limits.maxDepth],
        [number(m[2]!), gateway.limits.maxAliases],
        [number(m[3]!), gateway.limits.maxRootFields],
        [number(m[4]!), gateway.limits.maxCost],
        [number(m[5]!), gateway.limits.maxListSize],
      ],
    },
    { file: "docs/partners/README.md", says: /`first` is 1–(\d+)/, values: (m) => [[number(m[1]!), maxPageSize]] },
    { file: "docs/partners/README.md", says: /body is at most (\d+) MiB/, values: (m) => [[number(m[1]!) * MiB, gateway.maxBodyBytes]] },
    {
      file: "docs/partners/README.md",
      says: /([\d,]+) requests a minute, in bursts of up to ([\d,]+)/,
      values: (m) => [
        [number(m[1]!), gateway.rateLimit.perMinute],
        [number(m[2]!), gateway.rateLimit.burst],
      ],
    },
    {
      file: "docs/partners/README.md",
      says: /`SUBGRAPH_TIMEOUT_MS` \((\d+) s by default\)/,
      values: (m) => [[number(m[1]!) * 1000, gateway.subgraphTimeoutMs]],
    },
    ...(
      [
        ["depth", "MAX_DEPTH", gateway.limits.maxDepth],
        ["aliases", "MAX_ALIASES", gateway.limits.maxAliases],
        ["rootFields", "MAX_ROOT_FIELDS", gateway.limits.maxRootFields],
        ["listSize", "MAX_LIST_SIZE", gateway.limits.maxListSize],
        ["cost", "MAX_COST", gateway.limits.maxCost],
      ] as const
    ).map(([limit, variable, value]) => ({
      file: "README.md",
      says: new RegExp(`\\| \`${limit}\` \\| \`GATEWAY_${variable}\` \\| ([\\d,]+) \\|`),
      values: (m: RegExpMatchArray): [number, number][] => [[number(m[1]!), value]],
    })),
    {
      file: "README.md",
      says: /\| ([\d,]+), ([\d,]+), ([\d,]+), ([\d,]+), ([\d,]+), (\d+) MiB, ([\d,]+), ([\d,]+) \| operation limits/,
      values: (m) => [
        [number(m[1]!), gateway.limits.maxDepth],
        [number(m[2]!), gateway.limits.maxAliases],
        [number(m[3]!), gateway.limits.maxRootFields],
        [number(m[4]!), gateway.limits.maxCost],
        [number(m[5]!), gateway.limits.maxListSize],
        [number(m[6]!) * MiB, gateway.maxBodyBytes],
        [number(m[7]!), gateway.rateLimit.perMinute],
        [number(m[8]!), gateway.rateLimit.burst],
      ],
    },
    { file: "README.md", says: /`GATEWAY_MAX_BODY_BYTES`, default (\d+) MiB/, values: (m) => [[number(m[1]!) * MiB, gateway.maxBodyBytes]] },
    {
      file: "README.md",
      says: /`GATEWAY_RATE_LIMIT_BURST` \(([\d,]+)\) requests at once, `GATEWAY_RATE_LIMIT_PER_MINUTE` \(([\d,]+)\)/,
      values: (m) => [
        [number(m[1]!), gateway.rateLimit.burst],
        [number(m[2]!), gateway.rateLimit.perMinute],
      ],
    },
    {
      file: "docs/partners/medicaid-payment.md",
      says: /Up to ([\d,]+) claim lines per `levelOfCareClaimBatch` call.*?naming up to ([\d,]+) different Medicaid IDs/,
      values: (m) => [
        [number(m[1]!), gateway.limits.maxListSize],
        [number(m[2]!), loadIdentifierLookupLimits({}).maxDistinctBatch],
      ],
    },
    {
      file: "docs/partners/medicaid-payment.md",
      says: /up to ([\d,]+) identifiers per `individualsByIdentifiers` call/,
      values: (m) => [[number(m[1]!), loadIdentifierLookupLimits({}).maxDistinctBatch]],
    },
    { file: "docs/partners/paa.md", says: /`withinDays` is 1–(\d+)/, values: (m) => [[number(m[1]!), maxRenewalWindowDays]] },
    { file: "docs/partners/state-agency.md", says: /up to (\d+) records a page/, values: (m) => [[number(m[1]!), largestAuditPage]] },
  ];
  it.each(limits.map((limit) => [limit.file, limit.says.source.slice(0, 60), limit] as const))(
    "%s states %s… as the configuration's default",
    (file, _says, limit) => {
      const text = read(path.join(repoRoot, file)).replace(/\s+/g, " ");
      const match = text.match(new RegExp(limit.says.source.replaceAll("\\s+", " ")));
      expect(match, `${file} no longer states this limit; change the test with it`).not.toBeNull();
      for (const [stated, configured] of limit.values(match!)) expect(stated, `${file}: "${match![0]}"`).toBe(configured);
    },
  );

  it("every example of the payment guide is registered as written, and an id the guide sends is registered under the name it gives", () => {
    const manifest = persistedQueryManifest.parse(JSON.parse(read(paymentManifestFile)));
    const registered = new Map(manifest.operations.map((operation) => [operation.id, operation]));
    for (const text of paymentGuideOperations()) {
      expect(registered.get(operationId(text))?.body, `not registered as written (npm run persisted:manifest):\n${text}`).toBe(text);
    }
    const guide = read(path.join(partnersDir, "medicaid-payment.md"));
    const sent = [...guide.matchAll(/"operationName": "(\w+)",\s*"extensions": \{"persistedQuery": \{"version": 1, "sha256Hash": "([0-9a-f]{64})"\}\}/g)];
    expect(sent.length).toBeGreaterThan(0);
    for (const [, name, id] of sent) expect(registered.get(id!)?.name, `docs/partners/medicaid-payment.md sends ${name} by id ${id}`).toBe(name);
  });
});
