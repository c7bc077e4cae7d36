import { chromium, type BrowserContext } from "playwright-core";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/hub.ts";

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Git-ignored (test-output/): the screenshot a person can look at after the run. */
const outputDir = path.join(import.meta.dirname, "..", "test-output", "sandbox-browser");

/**
 * Issue 9, item 2: a real browser opens the gateway's self-hosted sandbox, acts as the Medicaid
 * payment system, runs the payment batch check from its guide against the demo data and finds
 * covered days; and not one request leaves this machine (no CDN, no fonts, no telemetry).
 */
describe("the sandbox in a browser", () => {
  let hub: TestHub;
  let browser: BrowserContext;
  let profileDir: string;

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    profileDir = await mkdtemp(path.join(tmpdir(), "pasrr-chromium-"));
    await mkdir(outputDir, { recursive: true });
    // A fresh profile each run (playwright passes it to Chromium as --user-data-dir).
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      // The machine's Chromium: no sandbox (containers run as root), no GPU, and nothing in the background that calls home.
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it("acts as the payment system, runs the batch check and shows covered spans, with every request on localhost", async () => {
    const page = await browser.newPage();
    const offMachine: string[] = [];
    await page.route("**/*", (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (protocol === "data:" || hostname === "127.0.0.1" || hostname === "localhost") return route.continue();
      offMachine.push(route.request().url());
      return route.abort();
    });
    page.on("request", (request) => {
      const { hostname, protocol } = new URL(request.url());
      if (protocol !== "data:" && hostname !== "127.0.0.1" && hostname !== "localhost" && !offMachine.includes(request.url())) offMachine.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(new URL("/sandbox", hub.gatewayUrl).href);
    await page.locator("#partner option[value=medicaid-payment]").waitFor({ state: "attached" });
    await page.selectOption("#partner", "medicaid-payment");
    await page.locator("#status", { hasText: "Acting as Medicaid payment system" }).waitFor();
    await expect.poll(() => page.inputValue("#example")).toBe("Check a batch of claim lines");
    // The minted token is in the headers editor, where a developer can see and change it.
    await expect.poll(() => editorText(".graphiql-editor-tool .CodeMirror")).toContain("Bearer ");

    await page.click(".graphiql-execute-button");
    await expect.poll(() => editorText(".result-window .CodeMirror"), { timeout: 20_000 }).toContain("coveredSpans");
    const answer = JSON.parse(await editorText(".result-window .CodeMirror")) as {
      errors?: unknown;
      data: { levelOfCareClaimBatch: { lines: ({ coveredSpans: { from: string; through: string }[] } | null)[] } };
    };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.levelOfCareClaimBatch.lines[0]!.coveredSpans.length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(outputDir, "payment-batch-check.png"), fullPage: true });

    expect(offMachine).toEqual([]);
    expect(pageErrors).toEqual([]);

    /** The whole text of a CodeMirror editor (the DOM holds only the visible lines). */
    function editorText(selector: string): Promise<string> {
      return page.$$eval(selector, (editors) =>
        editors.map((editor) => (editor as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()).join("\n"),
      );
    }
  }, 60_000);
});
