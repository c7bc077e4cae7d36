import { chromium, type BrowserContext, type Page } from "playwright-core";
import axe from "axe-core";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when missing). */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface TestBrowser {
  context: BrowserContext;
  /** Git-ignored (test-output/<name>/): the screenshots a person can look at after the run. */
  outputDir: string;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, headless, with nothing in the background that calls home. */
export async function launchTestBrowser(name: string, viewport = { width: 1400, height: 900 }): Promise<TestBrowser> {
  const profileDir = await mkdtemp(path.join(tmpdir(), "pasrr-chromium-"));
  const outputDir = path.join(import.meta.dirname, "..", "..", "test-output", name);
  await mkdir(outputDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    // As a user who asked for less motion: Mantine then opens dialogs without a fade, so a scan
    // never meets text half-faded in (and the UI honours the setting: theme respectReducedMotion).
    reducedMotion: "reduce",
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
  return {
    context,
    outputDir,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Every request that tried to leave this machine (each was refused). */
  offMachine: string[];
  pageErrors: string[];
  /** The GraphQL operations the page sent, as posted. */
  graphqlPosts: { operationName?: string; query: string; variables?: Record<string, unknown> }[];
}

/** A page whose every request is watched: anything not to localhost is refused and recorded. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const offMachine: string[] = [];
  const graphqlPosts: WatchedPage["graphqlPosts"] = [];
  await page.route("**/*", (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1" || hostname === "localhost") return route.continue();
    offMachine.push(route.request().url());
    return route.abort();
  });
  page.on("request", (request) => {
    const { hostname, protocol, pathname } = new URL(request.url());
    if (protocol !== "data:" && protocol !== "blob:" && hostname !== "127.0.0.1" && hostname !== "localhost" && !offMachine.includes(request.url()))
      offMachine.push(request.url());
    if (pathname === "/graphql" && request.method() === "POST") {
      try {
        graphqlPosts.push(JSON.parse(request.postData() ?? "{}") as WatchedPage["graphqlPosts"][number]);
      } catch {
        graphqlPosts.push({ query: request.postData() ?? "" });
      }
    }
  });
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { page, offMachine, pageErrors, graphqlPosts };
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA scan of the page as it stands, injected from npm (no CDN). Returns the
 * serious and critical violations, each with the elements it found them on.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag: the UI's Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and the scan must not need it loosened.
  await page.evaluate(axe.source);
  const results = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    return run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
  });
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

/**
 * Opens the UI on a development hub and signs in as one of the sandbox's demo partners
 * (gateway/src/sandbox/sandbox-partners.ts), the way a person would: the sign-in page's button.
 * Resolves once the header names the signed-in role and the role's home page shows its heading.
 */
export async function signInAsDemoPartner(page: Page, gatewayUrl: string, partnerKey: string): Promise<void> {
  await page.goto(new URL("/ui/sign-in", gatewayUrl).href);
  await page.locator(`[data-partner="${partnerKey}"]`).click();
  // Signed in once the shell's header names the role (the sign-in page has its own h1, so an h1 proves nothing).
  await page.locator("[data-signed-in-as]").waitFor();
  await page.locator("main h1").first().waitFor();
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/ui\/sign-in$/);
}
