import { demoDuplicateRegistration, demoPeople } from "@pasrr/devtools/demo-cast";
import { readFile } from "node:fs/promises";
import { cheatSheetLines, readmeBlock, readmeCopy, readmePath } from "../scripts/start/cheat-sheet.ts";
import { scanForPhi } from "../scripts/phi-scan.ts";
import { subgraphNames } from "@pasrr/config/service-names";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personAcrossTheGraph } from "./federation.shared.ts";
import { errorCodes, graphql } from "./support/graphql.ts";
import { freePorts, runScript } from "./support/processes.ts";

/** `npm start` as a person runs it: separate processes, embedded databases in a folder, Ctrl-C. */
describe("npm start", () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pasrr-start-"));
    const [gateway, ...subgraphPorts] = await freePorts(5);
    env = { NODE_ENV: "development", HUB_DATA_DIR: dataDir, GATEWAY_PORT: String(gateway) };
    subgraphNames.forEach((name, index) => (env[`${name.toUpperCase()}_PORT`] = String(subgraphPorts[index])));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const listAll = `{ individuals(first: 100) { edges { node { id familyName } } } }`;

  it("README's demo cheat sheet is the one npm start prints (regenerate: tsx scripts/start/cheat-sheet.ts --write-readme)", async () => {
    expect(readmeCopy(await readFile(readmePath, "utf8"))).toBe(readmeBlock());
  });

  it("serves the whole graph with demo data, stops cleanly on Ctrl-C, and keeps its data for the next start", async () => {
    const startedAt = performance.now();
    const first = runScript("scripts/start.ts", env);
    // Issue 22: it talks from its first seconds, not only at the end. Its first line comes about
    // 0.6 s after the process starts on a quiet machine; the bound leaves room for a test run
    // sharing two cores, and is still far short of the 20–60 s the services take to be ready.
    await first.waitFor(/starting individuals/);
    expect(performance.now() - startedAt).toBeLessThan(10_000);
    const [, url, token] = await first.waitFor(/Gateway \(GraphQL\): +(\S+)[\s\S]*Bearer (\S+)/);
    // One line per service when it is ready, with its time since the start; then the summary with the cheat sheet.
    for (const service of [...subgraphNames, "gateway"]) expect(first.output()).toMatch(new RegExp(`\\d+\\.\\d s  ${service} +ready on :\\d+`));
    await first.waitFor(/Press Ctrl-C to stop/);
    // Never silent for long: a "still starting" line whenever 5 s pass without one (timers may lag on a busy machine).
    const times = [...first.output().matchAll(/^ *(\d+\.\d) s {2}/gm)].map((match) => Number(match[1]));
    times.slice(1).forEach((time, n) => expect(time - times[n]!, first.output()).toBeLessThan(8));
    for (const line of cheatSheetLines()) expect(first.output()).toContain(line);
    // The output may land in a log: no demo person's name, birth date, SSN or Medicaid ID in the form the PHI scan looks for.
    expect(scanForPhi(first.output(), "npm start")).toEqual([]);
    const across = await graphql(url!, personAcrossTheGraph, { token, variables: { id: demoPeople[0]!.id } });
    expect(across.errors).toBeUndefined();
    expect(across.data!.individual.stays).toHaveLength(1);
    expect(across.data!.individual.levelOfCareDeterminations).toHaveLength(1);
    expect(across.data!.individual.levelOneScreens).toHaveLength(1);
    expect((await graphql(url!, personAcrossTheGraph, { variables: { id: demoPeople[0]!.id } })).status).toBe(401);
    // The printed self-hosted sandbox answers (issue 9, item 1).
    const sandbox = /Sandbox: +(\S+)/.exec(first.output())?.[1];
    expect((await fetch(sandbox!)).status).toBe(200);
    // The printed UI answers with its page, and its runtime config offers the demo sign-in (issue 23).
    const ui = /UI: +(\S+)/.exec(first.output())?.[1];
    const page = await fetch(ui!);
    expect([page.status, await page.text()]).toEqual([200, expect.stringContaining('<div id="root">')]);
    const uiConfig = (await fetch(new URL("config.json", ui)).then((response) => response.json())) as { signIn: { kind: string } };
    expect(uiConfig.signIn.kind).toBe("demo-partner");

    const registered = await graphql(
      url!,
      `mutation { registerIndividual(input: { givenName: "Pell", familyName: "Okonkwo-Ray", birthDate: "1944-01-09", county: "Franklin", state: "OH" }) { individual { id } } }`,
      { token },
    );
    expect(registered.errors).toBeUndefined();
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);

    const second = runScript("scripts/start.ts", env);
    const [, url2, token2] = await second.waitFor(/Gateway \(GraphQL\): +(\S+)[\s\S]*Bearer (\S+)/);
    const people = await graphql(url2!, listAll, { token: token2 });
    const names = people.data!.individuals.edges.map((edge: { node: { familyName: string } }) => edge.node.familyName).sort();
    // The demo seed ran twice and added nothing the second time (its duplicate registration included); the registered person survived.
    expect(names).toEqual([...demoPeople.map((person) => person.familyName), demoDuplicateRegistration.familyName, "Okonkwo-Ray"].sort());
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 300_000); // two full starts of five processes on two cores

  it("stops at once with one line naming a malformed database URL", async () => {
    const run = runScript("scripts/start.ts", { ...env, INDIVIDUALS_DATABASE_URL: "mysql://somewhere/db" });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toMatch(/^configuration error: INDIVIDUALS_DATABASE_URL: must be a postgresql:\/\/.* URL/);
  });

  it("names the variable of a port that is already in use", async () => {
    const net = await import("node:net");
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(env.GATEWAY_PORT), "127.0.0.1", resolve));
    try {
      const run = runScript("scripts/start.ts", env);
      expect(await run.exited).not.toBe(0);
      expect(run.output()).toContain(`configuration error: GATEWAY_PORT: port ${env.GATEWAY_PORT} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  }, 180_000);

  it("without a token a subgraph process refuses a direct request", async () => {
    const run = runScript("subgraphs/individuals/src/index.ts", { ...env, INDIVIDUALS_DATA_DIR: "memory://" });
    await run.waitFor(/subgraph ready/);
    const answer = await graphql(`http://127.0.0.1:${env.INDIVIDUALS_PORT}/graphql`, listAll);
    expect(answer.status).toBe(401);
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });
});
