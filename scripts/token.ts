/**
 * `npm run token -- --role PAA --counties Hamilton,Butler [--org …] [--facilities id,id] [--hours 8]`
 * Mints a development token signed with the local dev key; production tokens come from the
 * state's identity provider instead. `--help` prints the usage; a refusal is one plain line per
 * problem, then the usage, and exit code 2.
 */
import { loadCommonConfig } from "@pasrr/service-kit/common-config";
import { mintDevToken } from "@pasrr/devtools/dev-token";
import { claimProblems, readTokenArgs, tokenUsage } from "@pasrr/devtools/token-cli";

const refuse = (problems: string[]): never => {
  for (const problem of problems) console.error(problem);
  console.error(`\n${tokenUsage}`);
  process.exit(2);
};

const args = readTokenArgs(process.argv.slice(2));
if (args.kind === "help") {
  console.log(tokenUsage);
  process.exit(0);
}
if (args.kind === "refused") refuse(args.problems);
else {
  const config = loadCommonConfig(process.env);
  if (config.mode === "production") refuse(["refusing to mint a dev token with NODE_ENV=production"]);
  try {
    console.log(await mintDevToken(config.auth, args.request));
  } catch (error) {
    const issues = (error as { issues?: unknown }).issues;
    refuse(Array.isArray(issues) ? claimProblems(error as Parameters<typeof claimProblems>[0]) : [(error as Error).message]);
  }
}
