import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "@pasrr/config/repo-paths";
import { readmeScreenshots, screenshotsDir } from "../../scripts/ui-screenshots.ts";

/** Issue 23: README shows each page, and each picture it shows is one the browser tests draw. */
describe("README's screenshots of the UI", () => {
  it("shows exactly the screenshots npm run ui:screenshots copies, and each is committed", async () => {
    const readme = await readFile(path.join(repoRoot, "README.md"), "utf8");
    const shown = [...readme.matchAll(/\]\(docs\/ui\/([\w-]+)\.png\)/g)].map((match) => match[1]);
    expect(shown.sort()).toEqual(Object.keys(readmeScreenshots).sort());
    for (const name of shown) expect(existsSync(path.join(screenshotsDir, `${name}.png`)), name).toBe(true);
  });

  it("copies only screenshots a UI browser test writes", async () => {
    for (const source of Object.values(readmeScreenshots)) {
      const [folder, file] = source.split("/");
      const tests = await Promise.all(
        ["paa", "level-of-care", "authority", "facility", "state", "timeline", "claims", "sign-in"].map((name) =>
          readFile(path.join(repoRoot, "test", "ui", `${name}.browser.test.ts`), "utf8"),
        ),
      );
      expect(
        tests.some((text) => text.includes(`"${folder}"`) && text.includes(file!.replace(/\.png$/, ""))),
        source,
      ).toBe(true);
    }
  });
});
