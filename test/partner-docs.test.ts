import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillFromPrevious } from "../gateway/src/sandbox/example-chaining.ts";
import { loadPartnerExamples, type PartnerExample } from "../gateway/src/sandbox/partner-examples.ts";
import { findSandboxPartner, sandboxPartners } from "../gateway/src/sandbox/sandbox-partners.ts";
import { graphql } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";
import { isEmptyAnswer } from "./support/runnable-examples.ts";

/**
 * Issue 9, item 7: every example in docs/partners/*.md runs through the real gateway against the
 * demo data with its partner's token and answers without errors, so the guides cannot rot; and
 * (issue 22) answers something: no root field only nulls and empty lists.
 */
describe("partner guides: every example runs", () => {
  let hub: TestHub;
  let examples: PartnerExample[];

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    examples = await loadPartnerExamples(hub.today);
  });
  afterAll(() => hub?.stop());

  it("has a guide with examples for every partner role", () => {
    for (const partner of sandboxPartners) expect(examples.filter((example) => example.partner === partner.key).length, partner.key).toBeGreaterThan(0);
  });

  it("the payment batch check finds covered days in the demo data (before other guides change it), and the PAA determines on the assessment it submitted", async () => {
    const payment = examples.find((example) => example.partner === "medicaid-payment")!;
    const answer = await graphql(hub.gatewayUrl!, payment.query, {
      token: await hub.token(findSandboxPartner("medicaid-payment")!.token),
      variables: payment.variables,
    });
    const [first, unknown] = answer.data!.levelOfCareClaimBatch.lines;
    expect(first.coveredSpans.length, JSON.stringify(answer.data)).toBeGreaterThan(0);
    expect(unknown).toBeNull();

    const determination = examples.find((example) => example.partner === "paa" && example.query.includes("determineLevelOfCare"))!;
    expect(fillFromPrevious(determination.variables, { submitLevelOfCareAssessment: { assessment: { id: "a-1" } } })).toMatchObject({
      input: { assessmentId: "a-1" },
    });
  });

  it.each(sandboxPartners.map((partner) => [partner.key, partner] as const))("%s", async (_key, partner) => {
    const token = await hub.token(partner.token);
    let previous: unknown;
    for (const example of examples.filter((candidate) => candidate.partner === partner.key)) {
      const variables = fillFromPrevious(example.variables, previous) as Record<string, unknown>;
      const answer = await graphql(hub.gatewayUrl!, example.query, { token, variables });
      expect(answer.errors, `${partner.key}: ${example.title}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
      expect(answer.data, `${partner.key}: ${example.title}`).toBeTruthy();
      for (const [field, value] of Object.entries(answer.data!))
        expect(isEmptyAnswer(value), `${partner.key}: ${example.title}: ${field} is empty`).toBe(false);
      previous = answer.data;
    }
  });
});
