import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { envPrefix, subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import {
  claimBatchFieldQuery,
  claimBatchQuery,
  claimBatchVariables,
  claimFacility,
  claimMonth,
  expectedClaimAnswer,
  seedClaimPeople,
  type ClaimPerson,
} from "./support/payment-batch.ts";

/**
 * Issue 20, on PostgreSQL through the real gateway: `levelOfCareClaimBatch(lines)` answers every
 * claim line exactly as `individualsByIdentifiers { levelOfCareClaimCoverage(lines) }` answers it,
 * crossing each subgraph once with the whole batch (one representation per hop), and no
 * subgraph's SQL statements grow with the batch.
 */
type Line = { line: string; medicaidId: string; issuer: string; providerNumber?: string | null; from: string; to: string };
type Answer = { line: string } | null;

describe("levelOfCareClaimBatch, through the gateway on PostgreSQL", () => {
  let hub: TestHub;
  let payment: string;
  let people: ClaimPerson[];
  let urls: Record<SubgraphName, string>;

  beforeAll(async () => {
    hub = await startTestHub({ database: "postgres", seedDemoData: true });
    payment = await hub.token({ role: "MEDICAID_PAYMENT" });
    urls = Object.fromEntries(subgraphNames.map((name) => [name, hub.env[`${envPrefix(name)}_DATABASE_URL`]!])) as Record<SubgraphName, string>;
    people = await seedClaimPeople(urls, 0, 1_000);
  }, 120_000);
  afterAll(() => hub?.stop());

  const newContract = async (lines: Line[], token = payment) => {
    const answer = await graphql(hub.gatewayUrl!, claimBatchFieldQuery, { token, variables: { lines } });
    return { answer, lines: (answer.data?.levelOfCareClaimBatch?.lines ?? null) as Answer[] | null };
  };
  /** The old contract's answer per line, in input order (null where no person holds the line's Medicaid ID). */
  const oldContract = async (lines: Line[], token = payment) => {
    const ids = [...new Map(lines.map((l) => [`${l.issuer}|${l.medicaidId}`, { type: "MEDICAID_ID", issuer: l.issuer, value: l.medicaidId }])).values()];
    const answer = await graphql(hub.gatewayUrl!, claimBatchQuery, { token, variables: { ids, lines } });
    const byLine = new Map<string, Answer>();
    for (const person of (answer.data?.individualsByIdentifiers ?? []) as ({ levelOfCareClaimCoverage: { line: string }[] } | null)[]) {
      for (const coverage of person?.levelOfCareClaimCoverage ?? []) byLine.set(coverage.line, coverage);
    }
    return { answer, lines: lines.map((l) => byLine.get(l.line) ?? null) };
  };

  it("every story of the claim batch is answered as the old contract answers it, and as the story says", async () => {
    const { lines } = claimBatchVariables(people);
    const [fresh, old] = await Promise.all([newContract(lines), oldContract(lines)]);
    expect(fresh.answer.errors, JSON.stringify(fresh.answer.errors)).toBeUndefined();
    expect(fresh.lines).toEqual(old.lines);
    fresh.lines!.forEach((answer, n) => expect(answer).toEqual({ line: String(n), ...expectedClaimAnswer(people[n]!) }));
  }, 60_000);

  it("the demo people's lines read as through the old contract, in input order; an unknown Medicaid ID and a malformed one answer null", async () => {
    const line = (n: string, medicaidId: string, providerNumber: string | null, from: string, to: string): Line => ({
      line: n,
      medicaidId,
      issuer: "OH",
      providerNumber,
      from,
      to,
    });
    const lines = [
      line("unknown", "999900000099", demoFacilities[0]!.providerNumber, "2026-10-01", "2026-10-31"),
      line("orla-maple", "9999-0000-0001", demoFacilities[0]!.providerNumber, "2026-09-01", "2026-10-31"),
      line("tobias-riverbend", "999900000002", demoFacilities[1]!.providerNumber, "2026-10-01", "2026-11-10"),
      line("orla-elsewhere", "999900000001", demoFacilities[1]!.providerNumber, "2026-10-01", "2026-10-05"),
      line("orla-anywhere", "999900000001", null, "2026-09-01", "2026-11-30"),
      line("malformed", "not a medicaid id", null, "2026-10-01", "2026-10-31"),
    ];
    const [fresh, old] = await Promise.all([newContract(lines), oldContract(lines)]);
    expect(fresh.answer.errors, JSON.stringify(fresh.answer.errors)).toBeUndefined();
    expect(fresh.lines).toEqual(old.lines);
    expect(fresh.lines!.map((answer) => answer?.line ?? null)).toEqual([null, "orla-maple", "tobias-riverbend", "orla-elsewhere", "orla-anywhere", null]);
    expect(fresh.lines![1]).toMatchObject({
      coveredSpans: [{ from: "2026-10-14", through: "2026-10-31", determinationId: "0193a000-0000-7000-8000-00000000c001" }],
    });
  });

  it("10 and 1,000 claim lines cost each subgraph the same number of SQL statements, every hop one representation", async () => {
    const cost = async (some: ClaimPerson[]) => {
      for (const name of subgraphNames) hub.subgraphs[name]!.statements.reset();
      const { answer, lines } = await newContract(claimBatchVariables(some).lines);
      expect(answer.errors).toBeUndefined();
      lines!.forEach((line, n) => expect(line).toEqual({ line: String(n), ...expectedClaimAnswer(some[n]!) }));
      return Object.fromEntries(subgraphNames.map((name) => [name, hub.subgraphs[name]!.statements.count]));
    };
    const ten = await cost(people.slice(0, 10));
    const thousand = await cost(people);
    expect(thousand).toEqual(ten);
    for (const name of subgraphNames) expect(ten[name], name).toBeLessThanOrEqual(3);
  }, 60_000);

  it("a merged record's Medicaid ID, determinations, screens and stays count for the survivor, as in the old contract", async () => {
    // Two claim people: one with a determination (BED_HOLD) merged into one without (NO_DETERMINATION), as mergeIndividuals leaves them.
    const [survivor, merged] = (await seedClaimPeople(urls, 50_001, 2)) as [ClaimPerson, ClaimPerson];
    expect([survivor.story, merged.story]).toEqual(["NO_DETERMINATION", "BED_HOLD"]);
    const db = new pg.Client({ connectionString: urls.individuals });
    await db.connect();
    try {
      await db.query(`UPDATE "Individual" SET status = 'MERGED', "mergedIntoId" = $1, "mergedAt" = now() WHERE id = $2`, [survivor.id, merged.id]);
      await db.query(`UPDATE "Identifier" SET "individualId" = $1 WHERE "individualId" = $2`, [survivor.id, merged.id]);
    } finally {
      await db.end();
    }
    const lines = [survivor, merged].map((p, n) => ({
      line: `m${n}`,
      medicaidId: p.medicaidId,
      issuer: "OH",
      providerNumber: claimFacility.providerNumber,
      ...claimMonth,
    }));
    const [fresh, old] = await Promise.all([newContract(lines), oldContract(lines)]);
    expect(fresh.answer.errors, JSON.stringify(fresh.answer.errors)).toBeUndefined();
    expect(fresh.lines).toEqual(old.lines);
    // Both lines now name the survivor, whose facts include the merged record's determination.
    expect(fresh.lines![0]).toEqual({ ...fresh.lines![1], line: "m0" });
    const determinations = new Set(
      fresh.lines!.flatMap((l) => (l as unknown as { coveredSpans: { determinationId: string }[] }).coveredSpans.map((s) => s.determinationId)),
    );
    expect([...determinations]).toEqual([merged.determinationId]);
  });

  it("a nursing facility reads its own residents' lines as through the old contract, and a line naming no provider number is refused for that line only", async () => {
    const nf = await hub.token({ role: "NURSING_FACILITY", facilityIds: [claimFacility.id] });
    const elsewhere = await hub.token({ role: "NURSING_FACILITY", facilityIds: [demoFacilities[1]!.id] });
    const lines: Line[] = claimBatchVariables(people.slice(0, 12)).lines;
    for (const token of [nf, elsewhere]) {
      const [fresh, old] = await Promise.all([newContract(lines, token), oldContract(lines, token)]);
      expect(fresh.answer.errors, JSON.stringify(fresh.answer.errors)).toBeUndefined();
      expect(fresh.lines).toEqual(old.lines);
    }
    const withoutFacility = [lines[0]!, { ...lines[1]!, providerNumber: null }];
    const { answer, lines: answered } = await newContract(withoutFacility, nf);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.path).toEqual(["levelOfCareClaimBatch", "lines", 1]);
    // A facility sees the compliance periods of admissions to its own facilities only (screenings' scope), as through the old contract.
    expect(answered).toEqual([(await oldContract([lines[0]!], nf)).lines[0], null]);
  });

  it("a line ending before it starts is BAD_USER_INPUT for that line only; the other lines are answered", async () => {
    const [good, bad] = claimBatchVariables(people.slice(0, 2)).lines;
    const { answer, lines } = await newContract([good!, { ...bad!, from: "2026-10-31", to: "2026-10-01" }]);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(lines).toEqual([{ line: "0", ...expectedClaimAnswer(people[0]!) }, null]);
  });

  it("roles that read no coverage are refused, and the batch's internal fields are not in the public API", async () => {
    const { lines } = claimBatchVariables(people.slice(0, 2));
    for (const role of ["MH_AUTHORITY", "HOSPITAL"] as const) {
      const { answer } = await newContract(lines, await hub.token({ role, facilityIds: role === "HOSPITAL" ? [demoFacilities[2]!.id] : [] }));
      expect(errorCodes(answer), role).toContain("FORBIDDEN");
    }
    const internal = await graphql(
      hub.gatewayUrl!,
      `query($lines: [ClaimLineInput!]!) { levelOfCareClaimBatch(lines: $lines) { claimBatch pasrrFacts stayFacts } }`,
      {
        token: payment,
        variables: { lines },
      },
    );
    expect(errorCodes(internal)).toContain("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("levelOfCareClaimBatch's internal facts cannot be forged straight at a subgraph", () => {
  let hub: TestHub;
  let payment: string;
  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    payment = await hub.token({ role: "MEDICAID_PAYMENT" });
  });
  afterAll(() => hub?.stop());

  const person = demoPeople[0]!;
  const claimBatch = JSON.stringify({
    v: 1,
    people: [[person.id, []]],
    lines: [[0, "forged", "999900000001", claimFacility.providerNumber, "2026-10-01", "2026-10-31"]],
  });
  const forgedFacts = JSON.stringify([[["2026-01-01", null, "MET", "PASRR_MET", [], "2026-01-01", null]]]);
  const forgedStays = JSON.stringify([
    [["2026-01-01", null, claimFacility.id, claimFacility.providerNumber, [{ payer: "MEDICAID", startsOn: "2026-01-01", endsOn: null }], []]],
  ]);

  it("levelofcare refuses a batch with facts a partner typed, and a bare key answers nothing", async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ClaimBatchCoverage { lines { line coveredSpans { from } } } } }`;
    const forged = { __typename: "ClaimBatchCoverage", id: "x", claimBatch, pasrrFacts: forgedFacts, stayFacts: forgedStays };
    const answer = await graphql(hub.subgraphs.levelofcare!.url, query, { token: payment, variables: { reps: [forged] } });
    expect(errorCodes(answer)).toContain("FORBIDDEN");
    expect(JSON.stringify(answer.data ?? null)).not.toContain("coveredSpans");
    const bare = await graphql(hub.subgraphs.levelofcare!.url, query, { token: payment, variables: { reps: [{ __typename: "ClaimBatchCoverage", id: "x" }] } });
    expect(errorCodes(bare)).toContain("FORBIDDEN");
  });

  it("screenings and facilities refuse a batch of people a partner typed", async () => {
    for (const [service, field] of [
      ["screenings", "pasrrFacts"],
      ["facilities", "stayFacts"],
    ] as const) {
      const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ClaimBatchCoverage { ${field} } } }`;
      const answer = await graphql(hub.subgraphs[service]!.url, query, {
        token: payment,
        variables: { reps: [{ __typename: "ClaimBatchCoverage", id: "x", claimBatch }] },
      });
      expect(errorCodes(answer), service).toContain("FORBIDDEN");
      expect(JSON.stringify(answer.data ?? null), service).not.toContain("2026");
    }
  });

  it("with the gateway's vouch the same representation is answered (the guard, not the shape, refused it)", async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ClaimBatchCoverage { pasrrFacts } } }`;
    const answer = await graphql(hub.subgraphs.screenings!.url, query, {
      token: payment,
      headers: await hub.gatewayVouch(),
      variables: { reps: [{ __typename: "ClaimBatchCoverage", id: "x", claimBatch }] },
    });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(JSON.parse(answer.data!._entities[0].pasrrFacts)).toHaveLength(1);
  });
});
