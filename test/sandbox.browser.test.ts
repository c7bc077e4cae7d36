import type { Page } from "playwright-core";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPartnerExamples, type PartnerExample } from "../gateway/src/sandbox/partner-examples.ts";
import { sandboxPartners } from "../gateway/src/sandbox/sandbox-partners.ts";
import { envPrefix, subgraphNames } from "@pasrr/config/service-names";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { launchTestBrowser, watchedPage as watchedBrowserPage, type TestBrowser } from "./support/browser.ts";

const queryEditor = ".graphiql-query-editor .CodeMirror";
const resultEditor = ".result-window .CodeMirror";
/** The variables and headers editors (GraphiQL draws both, one hidden). */
const toolEditors = ".graphiql-editor-tool .CodeMirror";

/**
 * Issues 9 and 22: a real browser opens the gateway's self-hosted sandbox the way a newcomer
 * would — at `/graphql` — and finds the schema loaded (Docs, autocomplete) before choosing
 * anyone; acts as each partner and runs its guide's first example against the demo data, with a
 * status line and the gateway's query plan for each run; is asked before an edited operation is
 * replaced; and not one request leaves this machine (no CDN, no fonts, no telemetry).
 */
describe("the sandbox in a browser", () => {
  let hub: TestHub;
  let browser: TestBrowser;
  /** Git-ignored (test-output/): the screenshots a person can look at after the run. */
  let outputDir: string;
  let examples: PartnerExample[];

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    examples = await loadPartnerExamples(hub.today);
    browser = await launchTestBrowser("sandbox-browser", { width: 1600, height: 900 });
    outputDir = browser.outputDir;
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("opens from /graphql with Docs and autocomplete working before any partner is chosen, and sends no operation until one is", async () => {
    const { page, offMachine, pageErrors, graphqlPosts } = await watchedPage();
    await page.goto(hub.gatewayUrl!);
    // The sandbox is the gateway's one page: a browser at the endpoint is sent to it.
    expect(new URL(page.url()).pathname).toBe("/sandbox");

    // The Docs explorer is open and lists the root types with no click; nothing says the schema failed.
    await page.locator(".graphiql-doc-explorer-root-type", { hasText: "Query" }).first().waitFor();
    await expect.poll(() => onScreen(page, ".graphiql-doc-explorer")).toBe(true);
    await expect.poll(() => page.locator(".graphiql-doc-explorer").textContent()).toContain("Mutation");
    expect(await page.locator(".graphiql-doc-explorer-error").count()).toBe(0);
    expect(await editorText(page, resultEditor)).not.toContain("UNAUTHENTICATED");
    await page.screenshot({ path: path.join(outputDir, "opened.png") });

    // Autocomplete knows the schema at once: typing a root field's start offers the field.
    await page.click(queryEditor);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("{ individ");
    await page.locator(".CodeMirror-hints", { hasText: "individual" }).first().waitFor();
    await page.screenshot({ path: path.join(outputDir, "autocomplete.png") });

    // The download link serves the API schema's SDL (never the supergraph's join directives).
    const sdl = await page.evaluate(async (href) => (await fetch(href)).text(), (await page.getAttribute("#download-schema", "href"))!);
    expect(sdl).toContain("type Query");
    expect(sdl).not.toContain("join__");

    expect(graphqlPosts).toEqual([]);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("runs each partner's first example with a status line and the gateway's query plan, asking before it replaces an edited operation", async () => {
    const { page, offMachine, pageErrors } = await watchedPage();
    const dialogs: string[] = [];
    let answer: "accept" | "dismiss" | "unexpected" = "unexpected";
    page.on("dialog", (dialog) => {
      dialogs.push(`${answer}: ${dialog.message()}`);
      return answer === "accept" ? dialog.accept() : dialog.dismiss();
    });
    await openSandbox(page);

    // An edited operation: switching partner asks first; declined, the operation stays and the new token is used.
    await setEditor(page, queryEditor, "query Mine { __typename }");
    await page.locator("#edited").waitFor();
    answer = "dismiss";
    await page.selectOption("#partner", "medicaid-payment");
    await page.locator("#status", { hasText: "Acting as Medicaid payment system" }).waitFor();
    expect(dialogs).toEqual([expect.stringMatching(/^dismiss: Replace your edited operation with Medicaid payment system's example/)]);
    expect(await editorText(page, queryEditor)).toBe("query Mine { __typename }");
    expect(await page.inputValue("#example")).toBe("");
    // Accepted, the example replaces it.
    answer = "accept";
    await page.selectOption("#example", "Check a batch of claim lines");
    await expect.poll(() => editorText(page, queryEditor)).toContain("levelOfCareClaimBatch");
    expect(dialogs).toHaveLength(2);
    answer = "unexpected";

    for (const partner of sandboxPartners) {
      const example = examples.find((candidate) => candidate.partner === partner.key)!;
      const headersBefore = await editorText(page, toolEditors);
      if (partner.key !== "medicaid-payment") await page.selectOption("#partner", partner.key);
      await page.locator("#status", { hasText: `Acting as ${partner.label}` }).waitFor();
      await expect.poll(() => page.inputValue("#example")).toBe(example.title);
      await expect.poll(() => editorText(page, toolEditors)).toContain("Bearer ");
      if (partner.key !== "medicaid-payment") await expect.poll(() => editorText(page, toolEditors)).not.toBe(headersBefore);

      const run = await runAndRead(page);
      expect(run.answer.errors, `${partner.key}: ${JSON.stringify(run.answer.errors)}`).toBeUndefined();
      expect(run.status).toMatch(/^HTTP 200/);
      expect(run.status).toMatch(/\d+ ms/);
      expect(run.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(run.plan, partner.key).toMatch(/^QueryPlan \{/);
      expect(run.plan, partner.key).toMatch(/Fetch\(service: "\w+"\)/);
      if (partner.key === "medicaid-payment") {
        const lines = (run.answer.data as { levelOfCareClaimBatch: { lines: ({ coveredSpans: unknown[] } | null)[] } }).levelOfCareClaimBatch.lines;
        expect(lines[0]!.coveredSpans.length).toBeGreaterThan(0);
      }
      await page.screenshot({ path: path.join(outputDir, `run-${partner.key}.png`) });
    }
    // Nothing was asked while the examples stayed as placed.
    expect(dialogs).toHaveLength(2);
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("shows a retried mutation's idempotent-replay header on the status line", async () => {
    const { page, offMachine, pageErrors } = await watchedPage();
    await openSandbox(page);
    await page.selectOption("#partner", "hospital");
    await page.locator("#status", { hasText: "Acting as Hospital" }).waitFor();
    await expect.poll(() => editorText(page, toolEditors)).toContain("Bearer ");
    // The example registers a new patient; a retry with the same key is answered from the first attempt.
    const { input } = examples.find((example) => example.partner === "hospital")!.variables as { input: Record<string, unknown> };
    await setEditor(page, toolEditors, JSON.stringify({ input: { ...input, familyName: "Replay-Shown" } }, null, 2), '"input"');
    const authorization = /Bearer [\w.-]+/.exec(await editorText(page, toolEditors))![0];
    await setEditor(page, toolEditors, JSON.stringify({ Authorization: authorization, "Idempotency-Key": `sandbox-replay-${Date.now()}` }), "Bearer ");

    const first = await runAndRead(page);
    expect(first.answer.errors).toBeUndefined();
    expect(first.replay).toBe("—");
    const again = await runAndRead(page);
    expect(again.answer.data).toEqual(first.answer.data);
    expect(again.replay).toBe("true");
    await page.screenshot({ path: path.join(outputDir, "idempotent-replay.png") });
    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("no subgraph serves Apollo's landing page to a browser (it loads Apollo's sandbox from a CDN): the gateway's sandbox is the one page", async () => {
    for (const name of subgraphNames) {
      const opened = await fetch(hub.env[`${envPrefix(name)}_URL`]!, { headers: { accept: "text/html" }, redirect: "manual" });
      expect(opened.headers.get("content-type") ?? "", name).not.toContain("text/html");
      expect(await opened.text(), name).not.toMatch(/cdn\.apollographql\.com/);
    }
  });

  /** Opens the sandbox and waits until GraphiQL's editors hold the opening text and Docs show the schema. */
  async function openSandbox(page: Page) {
    await page.goto(new URL("/sandbox", hub.gatewayUrl).href);
    await page.locator(".graphiql-doc-explorer-root-type").first().waitFor();
    await expect.poll(() => onScreen(page, ".graphiql-doc-explorer")).toBe(true);
    await expect.poll(() => editorText(page, queryEditor)).toContain("Pick a partner");
  }

  /** A new page that records every request leaving localhost (and blocks it), page errors, and operations sent. */
  const watchedPage = () => watchedBrowserPage(browser.context);
});

/** Runs the operation in the editor and reads the answer, the status line and the plan panel once the run is shown. */
async function runAndRead(page: Page) {
  const requestIdBefore = await page
    .locator('#run-status [data-header="x-request-id"]')
    .textContent({ timeout: 1000 })
    .catch(() => null);
  await page.click(".graphiql-execute-button");
  await expect
    .poll(
      () =>
        page
          .locator('#run-status [data-header="x-request-id"]')
          .textContent({ timeout: 1000 })
          .catch(() => null),
      { timeout: 20_000 },
    )
    .not.toBe(requestIdBefore);
  await expect.poll(() => editorText(page, resultEditor), { timeout: 20_000 }).toMatch(/"(data|errors)"/);
  return {
    answer: JSON.parse(await editorText(page, resultEditor)) as { data?: unknown; errors?: unknown },
    status: (await page.textContent("#run-status")) ?? "",
    requestId: await page.textContent('#run-status [data-header="x-request-id"]'),
    replay: await page.textContent('#run-status [data-header="idempotent-replay"]'),
    plan: (await page.textContent("#query-plan")) ?? "",
  };
}

/**
 * Whether an element is where a person sees it: inside the window and not transparent. (GraphiQL
 * hides its plugin pane by moving it off-screen at opacity 0, which counts as visible to playwright.)
 */
function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= 0 || box.left >= window.innerWidth) return false;
    for (let at: Element | null = element; at; at = at.parentElement) if (getComputedStyle(at).opacity === "0") return false;
    return true;
  });
}

/** The whole text of the CodeMirror editors a selector finds (the DOM holds only the visible lines). */
function editorText(page: Page, selector: string): Promise<string> {
  return page.$$eval(selector, (editors) =>
    editors.map((editor) => (editor as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()).join("\n"),
  );
}

/**
 * Replaces an editor's text through CodeMirror, so GraphiQL hears the edit as it hears typing. Of
 * several editors (the variables and headers editors), the one whose text holds `holding`.
 */
async function setEditor(page: Page, selector: string, text: string, holding = "") {
  await page.$$eval(
    selector,
    (editors, [value, marker]) => {
      const instances = editors.map((editor) => (editor as unknown as { CodeMirror: { getValue(): string; setValue(text: string): void } }).CodeMirror);
      instances.find((instance) => instance.getValue().includes(marker))!.setValue(value);
    },
    [text, holding] as const,
  );
}
