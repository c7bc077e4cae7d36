import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { demoFacilities, demoPeople } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import { errorCodes, graphql } from "../../../test/support/graphql.ts";
import { screeningsUnderTest } from "./support.ts";

/**
 * The PAA's worklists (issue 23): the Level I screens it has yet to review, scoped exactly as
 * reviewLevelOneScreen is, and the Resident Reviews that are compliance findings.
 */
const subject = screeningsUnderTest({ seedDemoData: true });
const screen = (suffix: string) => `0193a000-0000-7000-8000-00000000${suffix}`;
const [hamilton, butler, franklin] = demoFacilities as [(typeof demoFacilities)[0], (typeof demoFacilities)[0], (typeof demoFacilities)[0]];

const toReview = `query ($first: Int!, $after: String) {
  levelOneScreensToReview(first: $first, after: $after) { edges { node { id screenedOn reviewStatus facilityCounty } } pageInfo { hasNextPage endCursor } }
}`;
const paaToken = (counties: string[]) => subject.hub.token({ role: "PAA", counties, organisationId: `paa-${counties.join("-")}` });
const idsOf = (answer: { data?: { levelOneScreensToReview?: { edges: { node: { id: string } }[] } } | null }) =>
  answer.data?.levelOneScreensToReview?.edges.map((edge) => edge.node.id) ?? [];

/** Files a screen straight into the database for a facility, on a day, with a review status. */
async function screenAt(
  facility: (typeof demoFacilities)[0],
  screenedOn: string,
  reviewStatus: "NOT_REVIEWED" | "CONFIRMED" | "RETURNED_INCOMPLETE" = "NOT_REVIEWED",
) {
  const id: string = randomUUID();
  await subject.service.client.levelOneScreen.create({
    data: {
      id,
      individualId: demoPeople[0]!.id,
      submittingOrganisationId: facility.providerNumber,
      screenedOn: toDbDate(screenedOn),
      facilityId: facility.id,
      facilityCounty: facility.county,
      reviewStatus,
    },
  });
  return id;
}

describe("levelOneScreensToReview", () => {
  it("a PAA sees the unreviewed screens filed for facilities in its counties only, oldest first; the state sees every one", async () => {
    const paa = await graphql(subject.url, toReview, { token: await paaToken(["Hamilton", "Butler"]), variables: { first: 100 } });
    expect(paa.errors).toBeUndefined();
    const seen = paa.data?.levelOneScreensToReview.edges.map((edge: { node: { facilityCounty: string } }) => edge.node);
    // The demo: person 4's screen in Hamilton 156 days ago, person 2's in Butler 63 days ago; Franklin's and the county-less one are not the PAA's.
    expect(idsOf(paa).slice(0, 2)).toEqual([screen("b004"), screen("b002")]);
    expect(idsOf(paa)).not.toContain(screen("b003"));
    expect(idsOf(paa)).not.toContain(screen("b001"));
    expect(new Set(seen.map((node: { facilityCounty: string }) => node.facilityCounty))).toEqual(new Set(["Hamilton", "Butler"]));
    const dates = seen.map((node: { screenedOn: string }) => node.screenedOn);
    expect(dates).toEqual([...dates].sort());

    const state = await graphql(subject.url, toReview, { token: subject.stateToken, variables: { first: 100 } });
    expect(idsOf(state)).toEqual(expect.arrayContaining([screen("b001"), screen("b002"), screen("b003"), screen("b004")]));
  });

  it("county names match without regard to case, and a PAA of another county sees none of these", async () => {
    const franklinOnly = await graphql(subject.url, toReview, { token: await paaToken(["  franklin "]), variables: { first: 100 } });
    expect(idsOf(franklinOnly)).toContain(screen("b003"));
    expect(idsOf(franklinOnly)).not.toContain(screen("b002"));
    expect(idsOf(franklinOnly)).not.toContain(screen("b004"));
  });

  it("a confirmed screen leaves the list; one returned incomplete stays until confirmed", async () => {
    const confirmed = await screenAt(butler, "2026-11-01", "CONFIRMED");
    const returned = await screenAt(butler, "2026-11-02", "RETURNED_INCOMPLETE");
    const answer = await graphql(subject.url, toReview, { token: await paaToken(["Butler"]), variables: { first: 100 } });
    expect(idsOf(answer)).toContain(returned);
    expect(idsOf(answer)).not.toContain(confirmed);
  });

  it("pages by its cursor, each screen once, in order", async () => {
    const made = [await screenAt(hamilton, "2026-10-03"), await screenAt(hamilton, "2026-10-04"), await screenAt(hamilton, "2026-10-05")];
    const token = await paaToken(["Hamilton"]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 20; n += 1) {
      const variables: Record<string, unknown> = { first: 1, after };
      const answer = await graphql(subject.url, toReview, { token, variables });
      expect(answer.errors).toBeUndefined();
      seen.push(...idsOf(answer));
      if (!answer.data?.levelOneScreensToReview.pageInfo.hasNextPage) break;
      after = String(answer.data.levelOneScreensToReview.pageInfo.endCursor);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => made.includes(id))).toEqual(made);
  });

  it.each(["NURSING_FACILITY", "HOSPITAL", "MH_AUTHORITY", "DD_AUTHORITY", "MEDICAID_PAYMENT"] as const)("%s is FORBIDDEN and gets no screen", async (role) => {
    const token = await subject.hub.token({ role, facilityIds: [hamilton.id], counties: ["Hamilton"] });
    const answer = await graphql(subject.url, toReview, { token, variables: { first: 10 } });
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.data?.levelOneScreensToReview ?? null).toBeNull();
  });
});

describe("residentReviewFindings", () => {
  const findings = `{ residentReviewFindings(since: "2000-01-01", first: 100) { edges { node { id reason dueOn completedOn } } } }`;

  it("lists the reviews whose reason is a finding, open or done, in the caller's counties, and no other reason", async () => {
    const at = (facility: (typeof demoFacilities)[0], reason: "ADMITTED_WITHOUT_PASRR" | "LEVEL_I_AFTER_ADMISSION" | "SIGNIFICANT_CHANGE", done: boolean) => ({
      id: randomUUID(),
      individualId: demoPeople[0]!.id,
      facilityId: facility.id,
      facilityCounty: facility.county,
      reason,
      triggeredOn: toDbDate("2026-11-01"),
      dueOn: toDbDate("2026-11-01"),
      completedOn: done ? toDbDate("2026-11-03") : null,
      source: "test",
    });
    const rows = [
      at(hamilton, "ADMITTED_WITHOUT_PASRR", false),
      at(butler, "LEVEL_I_AFTER_ADMISSION", true),
      at(hamilton, "SIGNIFICANT_CHANGE", false),
      at(franklin, "ADMITTED_WITHOUT_PASRR", false),
    ];
    await subject.service.client.residentReview.createMany({ data: rows });
    const answer = await graphql(subject.url, findings, { token: await paaToken(["Hamilton", "Butler"]) });
    expect(answer.errors).toBeUndefined();
    const ids = answer.data?.residentReviewFindings.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toEqual(expect.arrayContaining([rows[0]!.id, rows[1]!.id]));
    expect(ids).not.toContain(rows[2]!.id);
    expect(ids).not.toContain(rows[3]!.id);

    const mh = await graphql(subject.url, findings, { token: await subject.hub.token({ role: "MH_AUTHORITY" }) });
    expect(errorCodes(mh)).toEqual(["FORBIDDEN"]);
  });
});
