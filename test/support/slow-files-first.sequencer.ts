import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Two workers share the suite, so the run ends when the last long file ends. Vitest orders a
 * clean checkout's files by size (it has no timings cached yet), which can leave a small but
 * slow file — a soak, a whole-hub start — for the end, with one worker idle beside it. These
 * files, slowest first, start before the rest; the seconds are from a CI run and only order them.
 */
const slowFiles: [file: string, seconds: number][] = [
  ["test/replicas.soak.test.ts", 88],
  ["test/start.test.ts", 84],
  ["test/production/start-prod.test.ts", 64],
  ["test/resident-review-triggers.story.test.ts", 45],
  ["test/partner-docs.test.ts", 41],
  ["test/sandbox.browser.test.ts", 40],
  ["test/red-team/token-lifetime.test.ts", 38],
  ["test/migrate.test.ts", 38],
];

export default class SlowFilesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const seconds = (spec: TestSpecification) => slowFiles.find(([file]) => spec.moduleId.endsWith(file))?.[1] ?? 0;
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => seconds(b.spec) - seconds(a.spec) || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
