import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { envPrefix, subgraphNames, type SubgraphName } from "@pasrr/config/service-names";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { claimBatchQuery, claimBatchVariables, expectedClaimAnswer, seedClaimPeople, type ClaimPerson } from "./support/payment-batch.ts";

/**
 * Issue 6, item 5, on PostgreSQL through the real gateway: with a MEDICAID_PAYMENT token one
 * request answers a batch of claim lines keyed by Medicaid ID (`individualsByIdentifiers` with
 * `Individual.levelOfCareClaimCoverage`), and each subgraph's SQL statements do not grow with the batch.
 */
describe("the payment system's claim batch, through the gateway on PostgreSQL", () => {
  let hub: TestHub;
  let payment: string;
  let people: ClaimPerson[];

  beforeAll(async () => {
    hub = await startTestHub({ database: "postgres", seedDemoData: true });
    payment = await hub.token({ role: "MEDICAID_PAYMENT" });
    const urls = Object.fromEntries(subgraphNames.map((name) => [name, hub.env[`${envPrefix(name)}_DATABASE_URL`]!])) as Record<SubgraphName, string>;
    people = await seedClaimPeople(urls, 0, 1_000);
  }, 120_000);
  afterAll(() => hub?.stop());

  const batch = async (variables: Record<string, unknown>) => {
    const answer = await graphql(hub.gatewayUrl!, claimBatchQuery, { token: payment, variables });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!.individualsByIdentifiers as ({ levelOfCareClaimCoverage: { line: string }[] } | null)[];
  };

  it("claim lines for the demo people get covered spans with determination ids and uncovered spans with reasons; an unknown Medicaid ID answers null", async () => {
    const line = (n: string, medicaidId: string, providerNumber: string, from: string, to: string) => ({
      line: n,
      medicaidId,
      issuer: "OH",
      providerNumber,
      from,
      to,
    });
    const answer = await batch({
      ids: ["999900000001", "999900000002", "999900000099"].map((value) => ({ type: "MEDICAID_ID", issuer: "OH", value })),
      lines: [
        line("orla-maple", "9999-0000-0001", demoFacilities[0]!.providerNumber, "2026-09-01", "2026-10-31"),
        line("orla-elsewhere", "999900000001", demoFacilities[1]!.providerNumber, "2026-10-01", "2026-10-05"),
        line("tobias-riverbend", "999900000002", demoFacilities[1]!.providerNumber, "2026-10-01", "2026-11-10"),
        line("unknown", "999900000099", demoFacilities[0]!.providerNumber, "2026-10-01", "2026-10-31"),
      ],
    });
    expect(answer[2]).toBeNull();
    expect(answer[0]!.levelOfCareClaimCoverage).toEqual([
      {
        line: "orla-maple",
        coveredSpans: [
          { from: "2026-10-14", through: "2026-10-31", levelOfCareType: "NF_INTERMEDIATE", determinationId: "0193a000-0000-7000-8000-00000000c001" },
        ],
        uncoveredSpans: [
          { from: "2026-09-01", through: "2026-09-13", reason: "NOT_AT_FACILITY" },
          { from: "2026-09-14", through: "2026-10-13", reason: "NOT_REQUIRED_MEDICAID_COPAY" },
        ],
      },
      { line: "orla-elsewhere", coveredSpans: [], uncoveredSpans: [{ from: "2026-10-01", through: "2026-10-05", reason: "NOT_AT_FACILITY" }] },
    ]);
    expect(answer[1]!.levelOfCareClaimCoverage).toEqual([
      {
        line: "tobias-riverbend",
        coveredSpans: [],
        uncoveredSpans: [
          { from: "2026-10-01", through: "2026-10-02", reason: "NOT_AT_FACILITY" },
          // Private pay at Riverbend: not Medicaid's days, whatever else holds (issue 16).
          { from: "2026-10-03", through: "2026-11-10", reason: "NOT_MEDICAID_ELIGIBLE" },
        ],
      },
    ]);
  });

  it("10 and 1,000 claim lines cost each subgraph the same number of SQL statements (at most 3), and every answer is right", async () => {
    const cost = async (some: ClaimPerson[]) => {
      for (const name of subgraphNames) hub.subgraphs[name]!.statements.reset();
      const answer = await batch(claimBatchVariables(some));
      expect(answer).toHaveLength(some.length);
      answer.forEach((person, n) => expect(person!.levelOfCareClaimCoverage).toEqual([{ line: String(n), ...expectedClaimAnswer(some[n]!) }]));
      return Object.fromEntries(subgraphNames.map((name) => [name, hub.subgraphs[name]!.statements.count]));
    };
    const ten = await cost(people.slice(0, 10));
    const thousand = await cost(people);
    expect(thousand).toEqual(ten);
    for (const name of subgraphNames) expect(ten[name], name).toBeLessThanOrEqual(3);
  }, 60_000);

  it("a line ending before it starts is BAD_USER_INPUT for its person only; the other lines of the batch are answered", async () => {
    const [good, bad] = [people[0]!, people[1]!];
    const answer = await graphql(hub.gatewayUrl!, claimBatchQuery, {
      token: payment,
      variables: {
        ids: [good, bad].map((p) => ({ type: "MEDICAID_ID", issuer: "OH", value: p.medicaidId })),
        lines: [
          { line: "good", medicaidId: good.medicaidId, issuer: "OH", providerNumber: demoFacilities[0]!.providerNumber, from: "2026-10-01", to: "2026-10-31" },
          { line: "bad", medicaidId: bad.medicaidId, issuer: "OH", providerNumber: demoFacilities[0]!.providerNumber, from: "2026-10-31", to: "2026-10-01" },
        ],
      },
    });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.data!.individualsByIdentifiers[0].levelOfCareClaimCoverage).toEqual([{ line: "good", ...expectedClaimAnswer(good) }]);
    expect(answer.data!.individualsByIdentifiers[1]).toBeNull();
  });

  it("the payment system reads coverage and nothing clinical", async () => {
    const clinical = [
      `{ individualsByIdentifiers(identifiers: [{ type: MEDICAID_ID, issuer: "OH", value: "999900000001" }]) { levelOfCareAssessments { id } } }`,
      `{ individualsByIdentifiers(identifiers: [{ type: MEDICAID_ID, issuer: "OH", value: "999900000001" }]) { levelOfCareDeterminations { id } } }`,
      `{ individualsByIdentifiers(identifiers: [{ type: MEDICAID_ID, issuer: "OH", value: "999900000001" }]) { levelOneScreens { id } } }`,
      `{ levelOfCareDetermination(id: "0193a000-0000-7000-8000-00000000c001") { id } }`,
      `{ levelOfCareRenewalsDue(asOf: "2027-03-05") { edges { node { id } } } }`,
    ];
    for (const query of clinical) expect(errorCodes(await graphql(hub.gatewayUrl!, query, { token: payment })), query).toContain("FORBIDDEN");
  });
});
