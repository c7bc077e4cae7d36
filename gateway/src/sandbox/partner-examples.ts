import { repoRoot } from "@pasrr/platform";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { sandboxPartners } from "./sandbox-partners.ts";

/** One runnable operation from a partner guide: shown in the sandbox and executed by the tests. */
export interface PartnerExample {
  partner: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

export const partnerDocsDir = path.join(repoRoot, "docs", "partners");

/**
 * The examples of one guide, in order: every ```graphql block, titled by the `###` heading above
 * it, with the ```json block right after it as its variables. The guides are the one source of
 * examples, so the sandbox offers what the docs say and the tests keep both true.
 */
export function parsePartnerExamples(partner: string, markdown: string): PartnerExample[] {
  const examples: PartnerExample[] = [];
  let title = "";
  const blocks = [...markdown.matchAll(/^### (.+)$|^```(graphql|json)\n([\s\S]*?)^```$/gm)];
  for (const [, heading, language, body] of blocks) {
    if (heading !== undefined) title = heading.trim();
    else if (language === "graphql") examples.push({ partner, title, query: body!.trim(), variables: {} });
    else if (language === "json" && examples.length > 0) {
      const last = examples[examples.length - 1]!;
      if (Object.keys(last.variables).length === 0) last.variables = JSON.parse(body!) as Record<string, unknown>;
    }
  }
  return examples;
}

export async function loadPartnerExamples(): Promise<PartnerExample[]> {
  const guides = await Promise.all(
    // A deployment that ships without docs/ still serves the sandbox, with no examples (the docs test requires every guide).
    sandboxPartners.map(async ({ key }) => parsePartnerExamples(key, await readFile(path.join(partnerDocsDir, `${key}.md`), "utf8").catch(() => ""))),
  );
  return guides.flat();
}
