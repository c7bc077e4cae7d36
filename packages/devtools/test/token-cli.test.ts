import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { hubClaimsSchema } from "@pasrr/auth/principal";
import { repoRoot } from "@pasrr/config/repo-paths";
import { claimProblems, readTokenArgs, tokenUsage } from "@pasrr/devtools/token-cli";

const run = promisify(execFile);

/** `npm run token -- …` as a user types it; the exit code and both streams. */
async function tokenCommand(...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(repoRoot, "node_modules/.bin/tsx"), ["scripts/token.ts", ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the token command", () => {
  it("--help prints the usage and exits 0", async () => {
    const answer = await tokenCommand("--help");
    expect(answer).toMatchObject({ code: 0, stderr: "" });
    expect(answer.stdout).toContain("usage: npm run token -- --role <ROLE>");
  });

  it("a PAA without --counties is one plain line naming the flag, then the usage, exit 2 (no zod JSON, no stack)", async () => {
    const answer = await tokenCommand("--role", "PAA");
    expect(answer.code).toBe(2);
    expect(answer.stderr.split("\n")[0]).toBe("--counties: a PAA token must name its counties");
    expect(answer.stderr).toContain("usage:");
    expect(answer.stderr).not.toMatch(/"code"|\bat .*\.ts:\d+/);
  });

  it("an unknown flag is refused in plain words", () => {
    const args = readTokenArgs(["--county", "Hamilton"]);
    expect(args.kind).toBe("refused");
    expect(args.kind === "refused" && args.problems[0]).toMatch(/^Unknown option '--county'/);
  });

  it("a missing or unknown role and a bad lifetime are each named", () => {
    expect(readTokenArgs([])).toEqual({ kind: "refused", problems: [expect.stringMatching(/^--role is required/)] });
    expect(readTokenArgs(["--role", "ADMIN", "--hours", "0"])).toEqual({
      kind: "refused",
      problems: [expect.stringMatching(/^--role ADMIN is not a role/), "--hours must be a positive number of hours (got 0)"],
    });
  });

  it("every refused claim is a line naming the flag that sets it", () => {
    const parsed = hubClaimsSchema.safeParse({ sub: "", org: "o", role: "HOSPITAL" });
    expect(parsed.success).toBe(false);
    expect(claimProblems(parsed.error!)).toEqual(["--subject: sub (subject) is required", "--facilities: a HOSPITAL token must name its facilities"]);
  });

  it("the usage names every role", () => {
    for (const role of ["PAA", "HOSPITAL", "MEDICAID_PAYMENT"]) expect(tokenUsage).toContain(role);
  });
});
