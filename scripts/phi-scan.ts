/**
 * Searches text (log output, exported spans, a whole test run's output) for the demo cast's
 * personal data: SSNs in both forms, Medicaid IDs, given and family names, birth dates. Used by
 * test/observability.processes.test.ts and, on a full `npm test` run's output, by `.ci/run`:
 * `tsx scripts/phi-scan.ts <file>…` exits 1 naming each finding's class and place. A finding
 * never prints the value itself, only enough of it to tell which one.
 */
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { demoPeople } from "@pasrr/devtools/demo-cast";
import { demoIdentifiers } from "../subgraphs/individuals/src/demo/seed.ts";

export type PhiClass = "SSN" | "Medicaid ID" | "given name" | "family name" | "birth date";

export interface PhiFinding {
  kind: PhiClass;
  /** Where: the source's name and line. */
  where: string;
  /** The value masked: its first two characters, and whose it is. */
  masked: string;
}

interface Pattern {
  kind: PhiClass;
  value: string;
  /** Which demo person (1-based) the value belongs to. */
  person: number;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Whole words only: a name inside a longer word ("Wrenfield") is not that name. */
const word = (text: string) => new RegExp(`(?<![A-Za-z0-9])${escape(text)}(?![A-Za-z0-9])`);

/** Every demo value that must never appear in logs, from the demo cast and the individuals seed. */
export function demoPhiPatterns(): Pattern[] {
  const patterns: Pattern[] = [];
  demoPeople.forEach((person, index) => {
    const n = index + 1;
    patterns.push({ kind: "given name", value: person.givenName, person: n, pattern: word(person.givenName) });
    patterns.push({ kind: "family name", value: person.familyName, person: n, pattern: word(person.familyName) });
    patterns.push({ kind: "birth date", value: person.birthDate, person: n, pattern: word(person.birthDate) });
  });
  demoIdentifiers.forEach((identifiers, index) => {
    const n = index + 1;
    for (const identifier of identifiers) {
      if (identifier.type === "SSN") {
        const digits = identifier.value.replace(/\D/g, "");
        const dashed = `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
        patterns.push({ kind: "SSN", value: digits, person: n, pattern: word(digits) });
        patterns.push({ kind: "SSN", value: dashed, person: n, pattern: word(dashed) });
      } else if (identifier.type === "MEDICAID_ID") {
        patterns.push({ kind: "Medicaid ID", value: identifier.value, person: n, pattern: word(identifier.value) });
      }
    }
  });
  return patterns;
}

export function scanForPhi(text: string, source: string): PhiFinding[] {
  const patterns = demoPhiPatterns();
  const findings: PhiFinding[] = [];
  text.split("\n").forEach((line, index) => {
    for (const { kind, value, person, pattern } of patterns) {
      if (pattern.test(line)) findings.push({ kind, where: `${source}:${index + 1}`, masked: `${value.slice(0, 2)}… (demo person ${person})` });
    }
  });
  return findings;
}

export function describeFindings(findings: PhiFinding[]): string {
  return findings.map((finding) => `${finding.kind} ${finding.masked} at ${finding.where}`).join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: tsx scripts/phi-scan.ts <file>…");
    process.exit(2);
  }
  const findings = (await Promise.all(files.map(async (file) => scanForPhi(await readFile(file, "utf8"), file)))).flat();
  if (findings.length > 0) {
    console.error(`Demo personal data found in ${files.join(", ")}:\n${describeFindings(findings)}`);
    process.exit(1);
  }
  console.log(`No demo SSN, Medicaid ID, name or birth date in ${files.join(", ")}.`);
}
