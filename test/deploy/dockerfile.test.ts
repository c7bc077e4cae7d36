import { beforeAll, describe, expect, it } from "vitest";
import { subgraphNames } from "@pasrr/config/service-names";
import { hubServices, launcher, readRepoFile, startCommand } from "./support/deploy-files.ts";

interface Stage {
  from: string;
  name: string | undefined;
  /** Instructions with their continuation lines joined, comments left out. */
  instructions: { keyword: string; argument: string }[];
}

/** The Dockerfile's stages as Docker reads them: comment lines dropped, `\` continuations joined. */
function stagesOf(dockerfile: string): { args: Record<string, string>; stages: Stage[] } {
  const lines = dockerfile
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .join("\n")
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, argument] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (keyword === "FROM") {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(argument!)!;
      stages.push({ from: from!, name, instructions: [] });
    } else if (keyword === "ARG" && stages.length === 0) {
      const [name, value] = argument!.split("=");
      args[name!] = value!;
    } else stages.at(-1)!.instructions.push({ keyword: keyword!, argument: argument!.replace(/\s+/g, " ") });
  }
  return { args, stages };
}

const runs = (stage: Stage) => stage.instructions.filter(({ keyword }) => keyword === "RUN").map(({ argument }) => argument);
const lastOf = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.keyword === keyword).at(-1)?.argument;

/** Whether `file` lies in what `cp -a --parents <patterns>` copies (shell globs: `*` is one path segment). */
function copies(patterns: string[], file: string): boolean {
  return patterns.some((pattern) => {
    const glob = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]+")}(/.*)?$`);
    return glob.test(file);
  });
}

describe("Dockerfile", () => {
  let args: Record<string, string>;
  let build: Stage, release: Stage, runtime: Stage;
  let released: string[];
  beforeAll(async () => {
    const dockerfile = stagesOf(await readRepoFile("Dockerfile"));
    args = dockerfile.args;
    expect(dockerfile.stages).toHaveLength(3);
    [build, release, runtime] = dockerfile.stages as [Stage, Stage, Stage];
    released = runs(release)
      .filter((command) => command.includes("cp -a --parents"))
      .flatMap((command) =>
        command
          .replace(/^.*cp -a --parents /, "")
          .split(" ")
          .slice(0, -1),
      );
  });

  it("builds in one stage, gathers the release in another and runs it from a third, all on Node 20's Debian slim image", () => {
    expect(args.NODE_IMAGE).toBe("node:20-bookworm-slim");
    expect([build, release, runtime].map((stage) => [stage.from, stage.name])).toEqual([
      ["${NODE_IMAGE}", "build"],
      ["build", "release"],
      ["${NODE_IMAGE}", "runtime"],
    ]);
    expect(runs(build)).toEqual(["npm ci --no-audit --no-fund && npm run build"]);
  });

  it("installs production dependencies exactly as CI's compiled start does", async () => {
    const ci = await readRepoFile("test/production/start-prod.test.ts");
    const [, ciArguments] = /run\("npm", \[("ci"[^\]]*)\]/.exec(ci)!;
    const ciInstall = ["npm", ...JSON.parse(`[${ciArguments}]`)].join(" ");
    expect(runs(release)[0]).toBe(ciInstall);
  });

  it("releases what the compiled services read at run time, beside their bundles", () => {
    const readAtRunTime = [
      "package.json", // how a bundle finds the release root (packages/config/src/repo-paths.ts)
      "node_modules/jose/package.json",
      ...subgraphNames.flatMap((name) => [`subgraphs/${name}/prisma/schema.prisma`, `subgraphs/${name}/prisma/migrations/migration_lock.toml`]),
      "schema/supergraph.graphql", // gateway/src/server.ts
      "persisted-operations/medicaid-payment.json", // the safelist (gateway/src/config/persisted-operations.config.ts)
      "gateway/dist/sandbox/main.js", // the sandbox page, when SANDBOX=true
      "ui/dist/index.html", // the internal UI, when UI=true (gateway/src/ui/ui-routes.ts)
      "docs/partners/medicaid-payment.md", // the sandbox's examples (gateway/src/sandbox/partner-examples.ts)
      "scripts/start-prod/services.mjs", // read by the healthcheck
      "deploy/docker/healthcheck.mjs",
    ];
    for (const file of [...readAtRunTime, ...[...hubServices, launcher.migrate].map(({ entry }) => entry)]) expect(copies(released, file), file).toBe(true);
    for (const file of ["subgraphs/individuals/src/index.ts", "test/federation.shared.ts", "scripts/build.ts"])
      expect(copies(released, file), file).toBe(false);
  });

  it("runs the release as an unprivileged user in production, checks health on /ready, and starts the gateway unless told otherwise", async () => {
    expect(runtime.instructions.filter(({ keyword }) => keyword === "COPY")).toEqual([{ keyword: "COPY", argument: "--from=release /release /app" }]);
    expect(lastOf(runtime, "USER")).toBe("1000:1000");
    expect(lastOf(runtime, "ENV")).toBe("NODE_ENV=production HOST=0.0.0.0");
    expect(lastOf(runtime, "HEALTHCHECK")).toMatch(/ CMD \["node", "deploy\/docker\/healthcheck\.mjs"\]$/);
    expect(JSON.parse(lastOf(runtime, "CMD")!)).toEqual(startCommand(launcher.gateway));
    expect(lastOf(runtime, "EXPOSE")!.split(" ").map(Number)).toEqual(hubServices.map(({ defaultPort }) => defaultPort).sort());
  });

  it("keeps local data, keys and installed or built output out of the build context", async () => {
    const ignored = (await readRepoFile(".dockerignore")).split("\n").filter((line) => line && !line.startsWith("#"));
    for (const entry of [".git", "**/node_modules", "**/dist", ".data", "deploy/compose/secrets", ".env"]) expect(ignored).toContain(entry);
  });
});
