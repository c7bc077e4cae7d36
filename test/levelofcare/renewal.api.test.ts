import { randomUUID } from "node:crypto";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphql } from "../support/graphql.ts";
import { subgraphUnderTest } from "../support/hub.ts";

// The registry answers whether a nursing facility's token names a registered NF.
const subject = subgraphUnderTest("levelofcare", { with: ["facilities"] });
const worklist = `query($asOf: Date!, $within: Int, $first: Int, $after: String) {
  levelOfCareRenewalsDue(asOf: $asOf, withinDays: $within, first: $first, after: $after) { edges { cursor node { id effectiveThrough } } pageInfo { hasNextPage endCursor } }
}`;
interface WorklistPage {
  edges: { cursor: string; node: { id: string; effectiveThrough: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const nodes = (answer: { data?: Record<string, unknown> | null }) => (answer.data!.levelOfCareRenewalsDue as WorklistPage).edges.map((edge) => edge.node);
const facilityA = randomUUID();
const facilityB = randomUUID();
const ids = {
  dueIn3: randomUUID(),
  dueIn10: randomUUID(),
  dueIn11: randomUUID(),
  denied: randomUUID(),
  superseded: randomUUID(),
  successor: randomUUID(),
  otherCounty: randomUUID(),
};

describe("levelOfCareRenewalsDue (CT: renewals 7–10 days before expiry)", () => {
  beforeAll(async () => {
    const row = (id: string, effectiveThrough: string, extra: Record<string, unknown> = {}) => ({
      id,
      individualId: randomUUID(),
      facilityId: facilityA,
      county: "Hamilton",
      levelOfCareType: "NF_INTERMEDIATE" as const,
      decision: "APPROVED" as const,
      effectiveFrom: toDbDate("2026-06-01"),
      effectiveThrough: toDbDate(effectiveThrough),
      ...extra,
    });
    const registry = subject.hub.subgraphs.facilities!.client.facility;
    for (const [id, county, providerNumber] of [
      [facilityA, "Hamilton", "T-RENEW-A"],
      [facilityB, "Butler", "T-RENEW-B"],
    ] as const) {
      await registry.create({
        data: {
          id,
          providerNumber,
          name: providerNumber,
          type: "NURSING_FACILITY",
          addressLine: "1 Test Way",
          city: "Testville",
          postalCode: "45000",
          county,
          state: "OH",
          region: "Region 1",
          medicaidCertified: true,
          certifiedBeds: 50,
        },
      });
    }
    const db = subject.service.client.levelOfCareDetermination;
    await db.createMany({
      data: [
        row(ids.dueIn3, "2026-12-04"),
        row(ids.dueIn10, "2026-12-11"),
        row(ids.dueIn11, "2026-12-12"),
        row(ids.denied, "2026-12-05", { decision: "DENIED" }),
        row(ids.superseded, "2026-12-06"),
        row(ids.otherCounty, "2026-12-07", { county: "Butler", facilityId: facilityB }),
      ],
    });
    await db.create({ data: { ...row(ids.successor, "2027-06-01"), supersedesId: ids.superseded, supersessionReason: "Renewed" } });
  });

  it("lists standing approvals expiring within 10 days, soonest first, without denials, superseded ones or later expiries", async () => {
    const answer = await graphql(subject.url, worklist, { token: subject.stateToken, variables: { asOf: "2026-12-01" } });
    expect(answer.errors).toBeUndefined();
    expect(nodes(answer)).toEqual([
      { id: ids.dueIn3, effectiveThrough: "2026-12-04" },
      { id: ids.otherCounty, effectiveThrough: "2026-12-07" },
      { id: ids.dueIn10, effectiveThrough: "2026-12-11" },
    ]);
  });

  it("pages the worklist in the same order with cursors, and refuses a forged cursor", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 5; pageNumber += 1) {
      const answer = await graphql(subject.url, worklist, { token: subject.stateToken, variables: { asOf: "2026-12-01", first: 1, after } });
      expect(answer.errors).toBeUndefined();
      const page = answer.data!.levelOfCareRenewalsDue as WorklistPage;
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.dueIn3, ids.otherCounty, ids.dueIn10]);
    const forged = Buffer.from("k:2026-12-04|not-an-id").toString("base64url");
    const refused = await graphql(subject.url, worklist, { token: subject.stateToken, variables: { asOf: "2026-12-01", after: forged } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("a PAA sees its counties and a nursing facility its own facilities only", async () => {
    const paa = await subject.hub.token({ role: "PAA", counties: ["Butler"] });
    const byPaa = await graphql(subject.url, worklist, { token: paa, variables: { asOf: "2026-12-01" } });
    expect(nodes(byPaa).map((d) => d.id)).toEqual([ids.otherCounty]);
    const facility = await subject.hub.token({ role: "NURSING_FACILITY", facilityIds: [facilityA] });
    const byFacility = await graphql(subject.url, worklist, { token: facility, variables: { asOf: "2026-12-01", within: 3 } });
    expect(nodes(byFacility).map((d) => d.id)).toEqual([ids.dueIn3]);
  });

  it("refuses the payment system and a window outside 1–60 days", async () => {
    const payment = await subject.hub.token({ role: "MEDICAID_PAYMENT" });
    expect(errorCodes(await graphql(subject.url, worklist, { token: payment, variables: { asOf: "2026-12-01" } }))).toEqual(["FORBIDDEN"]);
    const tooLong = await graphql(subject.url, worklist, { token: subject.stateToken, variables: { asOf: "2026-12-01", within: 61 } });
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "withinDays" });
  });
});
