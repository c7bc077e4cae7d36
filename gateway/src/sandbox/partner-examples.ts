import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { repoRoot } from "@pasrr/config/repo-paths";
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

/**
 * A date in a guide's variables is written relative to the hub's today — `"<today>"`,
 * `"<today-52>"`, `"<today+103>"` — because the demo data is dated that way (platform
 * demo/cast.ts) and a fixed date would be refused or find nothing once it is past. The hub
 * fills them with its own clock's today, so the sandbox and the docs test send real dates.
 */
const relativeDate = /^<today(?:([+-])(\d{1,5}))?>$/;

export function fillDates(value: unknown, today: CalendarDate): unknown {
  if (typeof value === "string") {
    const match = relativeDate.exec(value);
    if (!match) return value;
    return addDays(today, match[1] === "-" ? -Number(match[2]) : Number(match[2] ?? 0));
  }
  if (Array.isArray(value)) return value.map((item) => fillDates(item, today));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillDates(item, today)]));
  }
  return value;
}

/** Every guide's examples, their relative dates filled from `today` (the hub clock's). */
export async function loadPartnerExamples(today: CalendarDate): Promise<PartnerExample[]> {
  const guides = await Promise.all(
    // A deployment that ships without docs/ still serves the sandbox, with no examples (the docs test requires every guide).
    sandboxPartners.map(async ({ key }) => parsePartnerExamples(key, await readFile(path.join(partnerDocsDir, `${key}.md`), "utf8").catch(() => ""))),
  );
  return guides.flat().map((example) => ({ ...example, variables: fillDates(example.variables, today) as Record<string, unknown> }));
}
