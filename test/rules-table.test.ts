import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policyPresets } from "../subgraphs/screenings/src/policy/presets.rules.ts";

/**
 * Keeps docs/rules.md honest (issue 17): every row's code and test references exist, every source
 * quote is in its seed, and every number in the screenings policy packs is named by a row.
 * The seeds live outside the repository, in the shared folder beside the checkout (as CI lays it
 * out); PASRR_SEEDS_DIR points elsewhere if needed.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const seedsDir = process.env.PASRR_SEEDS_DIR ?? path.join(root, "..", "shared", "domain", "seeds");
const seedFiles: Record<string, string> = {
  oh: path.join(seedsDir, "oh-coa-pre-admission-review.txt"),
  co: path.join(seedsDir, "co-10-ccr-2505-10-8.401-level-of-care.txt"),
  il: path.join(seedsDir, "il-pas-mh-contractor-manual.txt"),
  mn: path.join(seedsDir, "mn-bulletin-00-53-3-level-ii-mental-illness.txt"),
  ct: path.join(seedsDir, "ct-pasrr-assessmentpro-newsletters.txt"),
  readme: path.join(seedsDir, "..", "README.md"),
};

const columns = ["ID", "State", "Rule", "Source", "Quote", "Code", "Test", "Status", "Pack", "Notes"] as const;
type Column = (typeof columns)[number];
export type Row = Record<Column, string> & { line: number };
const states = ["FEDERAL", "OH", "CO", "IL", "MN", "CT"];
export const statuses = ["encoded", "partial", "wrong", "not encoded", "unsourced"] as const;

/** The rows of every table whose header is the rule table's; other tables (legends) are skipped. */
export function parseRules(markdown: string): { rows: Row[]; problems: string[] } {
  const rows: Row[] = [];
  const problems: string[] = [];
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\|/, "")
      .replace(/\|$/, "")
      .split("|")
      .map((cell) => cell.trim());
  let inTable = false;
  markdown.split("\n").forEach((text, index) => {
    if (!text.trim().startsWith("|")) return void (inTable = false);
    const parts = cells(text);
    if (parts[0] === "ID") {
      if (parts.join("|") !== columns.join("|")) problems.push(`line ${index + 1}: a rule table has the columns ${columns.join(", ")}`);
      return void (inTable = true);
    }
    if (!inTable || /^:?-+:?$/.test(parts[0] ?? "")) return;
    if (parts.length !== columns.length) return void problems.push(`line ${index + 1}: ${parts.length} cells, ${columns.length} expected`);
    rows.push({ ...(Object.fromEntries(columns.map((column, i) => [column, parts[i]])) as Record<Column, string>), line: index + 1 });
  });
  return { rows, problems };
}

const none = (cell: string) => cell === "" || cell === "—";
/** `path#symbol` references. */
export const codeRefs = (cell: string) => [...cell.matchAll(/`([^`#]+)#([^`]+)`/g)].map((m) => ({ file: m[1]!, symbol: m[2]! }));
/** `path` «test name» references. */
export const testRefs = (cell: string) => [...cell.matchAll(/`([^`]+)`\s*«([^»]+)»/g)].map((m) => ({ file: m[1]!, name: m[2]! }));
export const packKeys = (cell: string) => [...cell.matchAll(/`([A-Z]+\.[A-Za-z_.]+)`/g)].map((m) => m[1]!);
const normalise = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every number in the packs, keyed `STATE.path` (a Cited number, or a Cited duration's amount). */
export function numericLeaves(packs: Record<string, unknown>): string[] {
  const keys: string[] = [];
  const walk = (node: unknown, at: string) => {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return;
    if ("value" in node && "source" in node) {
      const value = (node as { value: unknown }).value;
      if (typeof value === "number") keys.push(at);
      else if (value !== null && typeof value === "object" && typeof (value as { amount?: unknown }).amount === "number") keys.push(at);
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${at}.${key}`);
  };
  for (const [state, pack] of Object.entries(packs)) walk(pack, state);
  return keys;
}

const doc = readFileSync(path.join(root, "docs/rules.md"), "utf8");
const { rows, problems } = parseRules(doc);
const fileText = new Map<string, string | null>();
const read = (file: string) => {
  if (!fileText.has(file)) fileText.set(file, existsSync(file) ? readFileSync(file, "utf8") : null);
  return fileText.get(file)!;
};
const where = (row: Row) => `${row.ID} (docs/rules.md line ${row.line})`;

describe("docs/rules.md, the rule table (issue 17)", () => {
  it("parses: fixed columns, unique ids, known states and statuses, 100+ rows", () => {
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    const bad = rows.flatMap((row) => [
      ...(/^(FED|OH|CO|IL|MN|CT)(-[A-Z0-9]+)+$/.test(row.ID) ? [] : [`${where(row)}: id must look like OH-PAS-VALIDITY`]),
      ...(states.includes(row.State) ? [] : [`${where(row)}: state ${row.State}`]),
      ...((statuses as readonly string[]).includes(row.Status) ? [] : [`${where(row)}: status ${row.Status}`]),
    ]);
    const ids = rows.map((row) => row.ID);
    expect(bad).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every row id named in bold elsewhere in the document (e.g. the gaps to fix first) is a row", () => {
    const ids = new Set(rows.map((row) => row.ID));
    const named = [...doc.matchAll(/\*\*((?:FED|OH|CO|IL|MN|CT)(?:-[A-Z0-9]+)+)\*\*/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("every code reference names an existing file and a name that appears in it; encoded, partial and wrong rows name code", () => {
    const bad = rows.flatMap((row) => {
      const refs = codeRefs(row.Code);
      const missing = ["encoded", "partial", "wrong"].includes(row.Status) && refs.length === 0 ? [`${where(row)}: a ${row.Status} row names the code`] : [];
      return [
        ...missing,
        ...refs.flatMap(({ file, symbol }) => {
          const text = read(path.join(root, file));
          if (text === null) return [`${where(row)}: no file ${file}`];
          return new RegExp(`\\b${escapeRegExp(symbol)}\\b`).test(text) ? [] : [`${where(row)}: ${symbol} does not appear in ${file}`];
        }),
      ];
    });
    expect(bad).toEqual([]);
  });

  it("every test reference names an existing test file and a test name in it; encoded rows name a test", () => {
    const bad = rows.flatMap((row) => {
      const refs = testRefs(row.Test);
      const missing = row.Status === "encoded" && refs.length === 0 ? [`${where(row)}: an encoded row names the test that proves it`] : [];
      return [
        ...missing,
        ...refs.flatMap(({ file, name }) => {
          const text = read(path.join(root, file));
          if (text === null) return [`${where(row)}: no test file ${file}`];
          return text.includes(name) ? [] : [`${where(row)}: no test named «${name}» in ${file}`];
        }),
      ];
    });
    expect(bad).toEqual([]);
  });

  it("every source quote appears in its seed (whitespace-normalised, case-insensitive); only unsourced rows may lack one", () => {
    expect(existsSync(seedsDir), `the seeds are not at ${seedsDir}; set PASRR_SEEDS_DIR`).toBe(true);
    const bad = rows.flatMap((row) => {
      if (none(row.Source) || none(row.Quote)) {
        return row.Status === "unsourced" ? [] : [`${where(row)}: a ${row.Status} row cites a seed and quotes it`];
      }
      const key = /^`([a-z]+)`/.exec(row.Source)?.[1];
      const file = key ? seedFiles[key] : undefined;
      if (!file) return [`${where(row)}: the source starts with a seed key (${Object.keys(seedFiles).join(", ")})`];
      const quote = row.Quote.replace(/^"/, "").replace(/"$/, "");
      return normalise(read(file) ?? "").includes(normalise(quote)) ? [] : [`${where(row)}: quote not in ${path.basename(file)}: ${quote}`];
    });
    expect(bad).toEqual([]);
  });

  it("every number in the policy packs (federal.ts, presets.ts) is named by a row, and every named pack key exists", () => {
    const leaves = numericLeaves(policyPresets);
    const named = rows.flatMap((row) => packKeys(row.Pack).map((key) => ({ key, row })));
    expect(leaves.length).toBeGreaterThan(0);
    expect(leaves.filter((key) => !named.some((n) => n.key === key))).toEqual([]);
    expect(named.filter((n) => !leaves.includes(n.key)).map((n) => `${where(n.row)}: ${n.key} is not a number in the packs`)).toEqual([]);
  });
});
