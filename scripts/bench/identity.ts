import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@pasrr/config/repo-paths";
import { describeQuality, measureQuality, qualityGoals, qualitySeeds, type QualityReport } from "../../subgraphs/individuals/test/support/quality.ts";
import type { BenchRow, Goal } from "./row.ts";

/** The latency table of `scripts/bench-identity.ts` (issue 3), run as it is in its own process. */
async function latencyAtScale(quick: boolean): Promise<string> {
  const env = { ...process.env, ...(quick ? { BENCH_SIZES: "10000", BENCH_SAMPLES: "100" } : {}) };
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/bench-identity.ts")], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      process.stdout.write(chunk);
    });
    child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`bench-identity exited with ${code}`))));
  });
  return output.slice(output.indexOf("| people |")).trim();
}

/** Issue 21's goals for one seed's quality report, the same numbers the quality test asserts. */
function qualityGoalsOf(report: QualityReport): Goal[] {
  const seed = `seed ${report.seed}`;
  return [
    {
      id: `identity.precision.${report.seed}`,
      goal: `MATCHED precision, ${seed}`,
      value: report.precision.toFixed(4),
      target: `≥ ${qualityGoals.matchedPrecision}`,
      met: report.precision >= qualityGoals.matchedPrecision,
    },
    {
      id: `identity.recall.${report.seed}`,
      goal: `recall (refused repeats missed), ${seed}`,
      value: report.recall.toFixed(4),
      target: `≥ ${qualityGoals.recall}`,
      met: report.recall >= qualityGoals.recall,
    },
    {
      id: `identity.reviews.${report.seed}`,
      goal: `reviews per 1,000 registrations, ${seed}`,
      value: report.reviewsPerThousand.toFixed(1),
      target: `≤ ${qualityGoals.reviewsPerThousand}`,
      met: report.reviewsPerThousand <= qualityGoals.reviewsPerThousand,
    },
    {
      id: `identity.twins.${report.seed}`,
      goal: `twins with conflicting SSNs CREATED, ${seed}`,
      value: `${report.twins.created} of ${report.twins.pairs}`,
      target: "all",
      met: report.twins.created >= Math.ceil(report.twins.pairs * qualityGoals.twinsCreated),
    },
  ];
}

/** Issue 21's latency goals, read off the latency table: the p95 at 1,000,000 people and its growth over 10,000. */
function latencyGoalsOf(table: string): Goal[] {
  const p95 = new Map([...table.matchAll(/^\| ([\d,]+) \| [\d.]+ \| ([\d.]+) \|/gm)].map((m) => [Number(m[1]!.replaceAll(",", "")), Number(m[2])]));
  const [small, large] = [p95.get(10_000), p95.get(1_000_000)];
  if (small === undefined || large === undefined)
    return [
      {
        id: "identity.p95-1m",
        goal: "register-with-matching p95 at 1,000,000 people",
        value: "n/a",
        target: "≤ 25 ms",
        met: null,
        note: "not measured at 1,000,000 people",
      },
    ];
  return [
    { id: "identity.p95-1m", goal: "register-with-matching p95 at 1,000,000 people", value: `${large} ms`, target: "≤ 25 ms", met: large <= 25 },
    {
      id: "identity.growth",
      goal: "register-with-matching p95 at 1,000,000 ÷ at 10,000 people",
      value: `${large} ÷ ${small} = ${(large / small).toFixed(2)}`,
      target: "≤ 2",
      met: large / small <= 2,
    },
  ];
}

/**
 * Row 5, identity at scale and its quality side by side: the register-with-matching latency at
 * 10,000 / 100,000 / 1,000,000 people, and the matcher's precision, recall, review load and
 * blocking recall on the seeded synthetic registrations the quality test judges (issue 21).
 * `--quick` runs the latency at 10,000 people and the quality on 2,000 records.
 */
export const identityRow: BenchRow = {
  title: "5. Identity at scale: register-with-matching p95 at 1,000,000 people (goal ≤ 25 ms) and p95(1M) ÷ p95(10k) (goal ≤ 2); matching quality",
  async run({ quick, log }) {
    log("identity at scale (scripts/bench-identity.ts)");
    const latency = await latencyAtScale(quick);
    const records = quick ? 2_000 : 10_000;
    const reports: QualityReport[] = [];
    for (const seed of qualitySeeds) {
      log(`identity quality, seed ${seed}, ${records} records`);
      reports.push(await measureQuality(seed, records));
    }
    const markdown = [
      `PostgreSQL 127.0.0.1:5432, ${quick ? "100" : "400"} timed registrations per size (half near-duplicates, half newcomers), through \`register()\` and Prisma.`,
      "",
      latency,
      "",
      `Quality on ${records.toLocaleString("en-US")} seeded synthetic registrations per seed (the quality test's generator and \`register()\`, in memory):`,
      "",
      ...reports.flatMap((report) => describeQuality(report).map((line) => `- ${line}`)),
    ].join("\n");
    return { markdown, goals: [...latencyGoalsOf(latency), ...reports.flatMap(qualityGoalsOf)] };
  },
};
