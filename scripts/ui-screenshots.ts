/**
 * `npm run ui:screenshots`: copies the UI browser tests' screenshots that README "The internal UI"
 * shows from test-output/ (git-ignored, written by `npx vitest run test/ui`) into docs/ui/, so the
 * README's pictures are the pages as the last run drew them, never drawn by hand.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";

/** docs/ui/<name>.png ← test-output/<test>/<file>.png */
export const readmeScreenshots: Record<string, string> = {
  "sign-in": "ui-sign-in-sessions/sign-in-demo.png",
  "paa-level-one": "ui-paa/paa-level-one.png",
  "paa-resident-reviews": "ui-paa/paa-resident-reviews.png",
  "loc-ultc-live-score": "ui-level-of-care/ultc-live-score.png",
  "authority-worklist": "ui-authority/worklist.png",
  "authority-determination": "ui-authority/determination-form.png",
  "notice-letters": "ui-authority/notice-letters.png",
  "facility-census": "ui-facility/census.png",
  "facility-record-event": "ui-facility/record-outcome.png",
  "state-dashboard": "ui-state/dashboard.png",
  "state-duplicate-review": "ui-state/duplicate-review.png",
  "state-audit-trail": "ui-state/audit-trail.png",
  "person-timeline": "ui-timeline/person-timeline.png",
  "claim-batch": "ui-claims/claim-batch.png",
};

export const screenshotsDir = path.join(repoRoot, "docs", "ui");

if (import.meta.url === `file://${process.argv[1]}`) {
  await mkdir(screenshotsDir, { recursive: true });
  for (const [name, source] of Object.entries(readmeScreenshots))
    await copyFile(path.join(repoRoot, "test-output", source), path.join(screenshotsDir, `${name}.png`));
  console.log(`copied ${Object.keys(readmeScreenshots).length} screenshots into ${path.relative(repoRoot, screenshotsDir)}`);
}
