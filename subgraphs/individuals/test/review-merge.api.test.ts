import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes } from "../../../test/support/graphql.ts";
import { freshSsn, person, register, startIdentityService, type IdentityService } from "./support.ts";

/** Issue 3, "Review queue" and "Merge and unmerge", through the subgraph's HTTP API on PGlite. */
let service: IdentityService;
beforeAll(async () => {
  service = await startIdentityService();
});
afterAll(() => service?.hub.stop());

const reviews = `query Reviews($status: ReviewStatus) { duplicateReviews(status: $status, first: 100) { edges { node { id status individual { id } candidates { individual { id } score } } } } }`;
const resolve = `mutation Resolve($id: ID!, $decision: ReviewDecisionInput!) { resolveDuplicateReview(input: { reviewId: $id, decision: $decision }) { duplicateReview { id status resolution individual { id } } } }`;
const merge = `mutation Merge($survivorId: ID!, $mergedId: ID!, $reason: String!) { mergeIndividuals(input: { survivorId: $survivorId, mergedId: $mergedId, reason: $reason }) { survivor { id mergedIds identifiers { type value } } } }`;
const unmerge = `mutation Unmerge($mergedId: ID!, $reason: String!) { unmergeIndividual(input: { mergedId: $mergedId, reason: $reason }) { restored { id status identifiers { value } } survivor { id mergedIds identifiers { value } } } }`;
const readPerson = `query One($id: ID!) { individual(id: $id) { id status mergedIds givenName familyName birthDate identifiers { type value } } }`;
const history = `query History($id: ID!) { individual(id: $id) { history { kind individualId relatedIndividualId actorRole actorOrganisation reason before after occurredAt } } }`;
const entities = `query Entities($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id familyName } } }`;

/** An existing person and a near-duplicate held for review beside them. */
async function heldForReview(label: string) {
  const existing = await register(
    service,
    person({ givenName: "Cornelia", familyName: label, birthDate: "1933-07-21", identifiers: [{ type: "SSN", value: freshSsn() }] }),
  );
  const newcomer = await register(
    service,
    person({
      givenName: "Cornelia",
      familyName: label,
      birthDate: "1933-07-12",
      addressLine1: null,
      postalCode: null,
      identifiers: [{ type: "MEDICARE_MBI", value: "1EG4-TE5-MK73".replace("1", String(1 + (label.length % 9))) }],
    }),
  );
  expect(newcomer.outcome).toBe("POSSIBLE_DUPLICATE");
  return { existing: existing.individual.id, newcomer: newcomer.individual.id, reviewId: newcomer.review!.id };
}

describe("the duplicate review queue", () => {
  it("an open review is listed with its record and candidates; PAA and state only", async () => {
    const held = await heldForReview("Queue-Listed");
    const answer = await service.call(reviews, { status: "OPEN" }, service.paa);
    const review = answer.data!.duplicateReviews.edges.map((e: { node: unknown }) => e.node).find((r: { id: string }) => r.id === held.reviewId);
    expect(review).toMatchObject({ status: "OPEN", individual: { id: held.newcomer }, candidates: [{ individual: { id: held.existing } }] });
    expect(errorCodes(await service.call(reviews, { status: "OPEN" }, service.hospital))).toEqual(["FORBIDDEN"]);
  });

  it("SAME_PERSON merges the record into the chosen candidate: its id now yields the survivor", async () => {
    const held = await heldForReview("Queue-Same");
    const answer = await service.call(resolve, {
      id: held.reviewId,
      decision: { outcome: "SAME_PERSON", candidateId: held.existing, reason: "same SSN on the admission papers" },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.resolveDuplicateReview.duplicateReview).toMatchObject({ status: "SAME_PERSON", individual: { id: held.existing } });
    const read = await service.call(readPerson, { id: held.newcomer });
    expect(read.data!.individual).toMatchObject({ id: held.existing, status: "ACTIVE", mergedIds: [held.newcomer] });
    expect(read.data!.individual.identifiers.map((i: { type: string }) => i.type).sort()).toEqual(["MEDICARE_MBI", "SSN"]);
  });

  it("NOT_SAME_PERSON is remembered: the same newcomer registered again never alerts on that pair", async () => {
    const held = await heldForReview("Queue-Different");
    const answer = await service.call(resolve, { id: held.reviewId, decision: { outcome: "NOT_SAME_PERSON", reason: "different mothers' maiden names" } });
    expect(answer.data!.resolveDuplicateReview.duplicateReview.status).toBe("NOT_SAME_PERSON");
    const again = await register(
      service,
      person({ givenName: "Cornelia", familyName: "Queue-Different", birthDate: "1933-07-12", addressLine1: null, postalCode: null }),
    );
    expect(again.outcome).toBe("MATCHED");
    expect(again.individual.id).toBe(held.newcomer);
  });

  it("a decided review cannot be decided again (CONFLICT); SAME_PERSON must name one of its candidates (BAD_USER_INPUT)", async () => {
    const held = await heldForReview("Queue-Twice");
    const stranger = await service.call(resolve, { id: held.reviewId, decision: { outcome: "SAME_PERSON", candidateId: held.newcomer, reason: "x" } });
    expect(errorCodes(stranger)).toEqual(["BAD_USER_INPUT"]);
    expect(stranger.errors?.[0]?.extensions?.field).toBe("input.decision.candidateId");
    await service.call(resolve, { id: held.reviewId, decision: { outcome: "NOT_SAME_PERSON", reason: "checked" } });
    const twice = await service.call(resolve, { id: held.reviewId, decision: { outcome: "NOT_SAME_PERSON", reason: "checked" } });
    expect(errorCodes(twice)).toEqual(["CONFLICT"]);
  });
});

describe("mergeIndividuals and unmergeIndividual", () => {
  /** Two unrelated people; birth years seven apart (never one mistyped digit apart) keep each test's people apart. */
  let households = 0;
  async function twoRecords(label: string) {
    households += 1;
    const year = 1920 + 7 * households;
    const a = await register(
      service,
      person({ familyName: label, givenName: "Agatha", birthDate: `${year}-08-08`, identifiers: [{ type: "SSN", value: freshSsn() }] }),
    );
    const b = await register(
      service,
      person({
        familyName: `${label}-Other`,
        givenName: "Brigid",
        birthDate: "1952-02-02",
        // Medicaid IDs more than one keying error apart (one apart would only weigh, not conflict).
        identifiers: [{ type: "MEDICAID_ID", issuer: "OH", value: `3${String(label.length * 1111).padStart(11, "0")}` }],
      }),
    );
    return { survivor: a.individual.id, merged: b.individual.id };
  }

  it("moves identifiers to the survivor, keeps the merged record as MERGED, and its id resolves to the survivor (individual and _entities)", async () => {
    const { survivor, merged } = await twoRecords("Merge-Moves");
    const answer = await service.call(merge, { survivorId: survivor, mergedId: merged, reason: "one person, two admissions" });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.mergeIndividuals.survivor).toMatchObject({ id: survivor, mergedIds: [merged] });
    expect(answer.data!.mergeIndividuals.survivor.identifiers.map((i: { type: string }) => i.type).sort()).toEqual(["MEDICAID_ID", "SSN"]);
    expect((await service.call(readPerson, { id: merged })).data!.individual.id).toBe(survivor);
    service.statements().reset();
    const resolved = await service.call(entities, {
      r: [
        { __typename: "Individual", id: merged },
        { __typename: "Individual", id: survivor },
      ],
    });
    expect(resolved.data!._entities).toEqual([
      { id: survivor, familyName: "Merge-Moves" },
      { id: survivor, familyName: "Merge-Moves" },
    ]);
    expect(service.statements().count).toBe(1);
  });

  it("an entity reached by a merged record's id (a stay filed under it) gets mergedIds naming the survivor and the other merged records", async () => {
    const { survivor, merged } = await twoRecords("Merge-Reference");
    const third = (await register(service, person({ familyName: "Merge-Reference-Third", givenName: "Tamsin", birthDate: "1958-09-09" }))).individual.id;
    await service.call(merge, { survivorId: survivor, mergedId: merged, reason: "x" });
    await service.call(merge, { survivorId: survivor, mergedId: third, reason: "y" });
    const byMerged = await service.call(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Individual { id mergedIds } } }`, {
      r: [
        { __typename: "Individual", id: merged },
        { __typename: "Individual", id: survivor },
      ],
    });
    expect(byMerged.data!._entities[0]).toEqual({ id: survivor, mergedIds: [survivor, third] });
    expect(byMerged.data!._entities[1].mergedIds.sort()).toEqual([merged, third].sort());
  });

  it("unmerge restores both records exactly, and remembers them as different people", async () => {
    const { survivor, merged } = await twoRecords("Merge-Undo");
    const before = await Promise.all([survivor, merged].map((id) => service.call(readPerson, { id })));
    await service.call(merge, { survivorId: survivor, mergedId: merged, reason: "looked alike" });
    const undone = await service.call(unmerge, { mergedId: merged, reason: "different SSNs on file after all" });
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.unmergeIndividual).toMatchObject({ restored: { id: merged, status: "ACTIVE" }, survivor: { id: survivor, mergedIds: [] } });
    const after = await Promise.all([survivor, merged].map((id) => service.call(readPerson, { id })));
    expect(after.map((a) => a.data)).toEqual(before.map((b) => b.data));
  });

  it("a chain stays one step deep: merging a survivor moves its merged records too, and unmerging undoes only that step", async () => {
    const { survivor: a, merged: b } = await twoRecords("Chain-One");
    const c = (await register(service, person({ familyName: "Chain-Three", givenName: "Clem", birthDate: "1960-06-06" }))).individual.id;
    await service.call(merge, { survivorId: a, mergedId: b, reason: "first" });
    await service.call(merge, { survivorId: c, mergedId: a, reason: "second" });
    expect((await service.call(readPerson, { id: c })).data!.individual.mergedIds.sort()).toEqual([a, b].sort());
    expect((await service.call(readPerson, { id: b })).data!.individual.id).toBe(c);
    const outOfOrder = await service.call(unmerge, { mergedId: b, reason: "wrong order" });
    expect(errorCodes(outOfOrder)).toEqual(["CONFLICT"]);
    await service.call(unmerge, { mergedId: a, reason: "undo second" });
    expect((await service.call(readPerson, { id: a })).data!.individual.mergedIds).toEqual([b]);
    expect((await service.call(readPerson, { id: c })).data!.individual.mergedIds).toEqual([]);
  });

  it("records with different SSNs cannot be merged (CONFLICT); a record cannot be merged into itself (BAD_USER_INPUT)", async () => {
    const a = await register(service, person({ familyName: "Ssn-A", identifiers: [{ type: "SSN", value: freshSsn() }] }));
    const b = await register(
      service,
      person({ familyName: "Ssn-B", givenName: "Olive", birthDate: "1944-04-04", identifiers: [{ type: "SSN", value: freshSsn() }] }),
    );
    expect(errorCodes(await service.call(merge, { survivorId: a.individual.id, mergedId: b.individual.id, reason: "x" }))).toEqual(["CONFLICT"]);
    const self = await service.call(merge, { survivorId: a.individual.id, mergedId: a.individual.id, reason: "x" });
    expect(errorCodes(self)).toEqual(["BAD_USER_INPUT"]);
    expect(self.errors?.[0]?.extensions?.field).toBe("input.mergedId");
    expect(errorCodes(await service.call(unmerge, { mergedId: a.individual.id, reason: "x" }))).toEqual(["CONFLICT"]);
  });

  it("merges and unmerges are for the PAA and the state (a hospital is FORBIDDEN), and need a reason", async () => {
    const { survivor, merged } = await twoRecords("Merge-Who");
    expect(errorCodes(await service.call(merge, { survivorId: survivor, mergedId: merged, reason: "x" }, service.hospital))).toEqual(["FORBIDDEN"]);
    const noReason = await service.call(merge, { survivorId: survivor, mergedId: merged, reason: "   " }, service.paa);
    expect(errorCodes(noReason)).toEqual(["BAD_USER_INPUT"]);
    expect(noReason.errors?.[0]?.extensions?.field).toBe("input.reason");
  });

  it("every merge, unmerge and identifier change is history: who, when, why, before and after", async () => {
    const { survivor, merged } = await twoRecords("Merge-History");
    await service.call(merge, { survivorId: survivor, mergedId: merged, reason: "merge reason" }, service.paa);
    await service.call(unmerge, { mergedId: merged, reason: "unmerge reason" });
    const answer = await service.call(history, { id: survivor });
    const events = answer.data!.individual.history as {
      kind: string;
      reason: string | null;
      actorRole: string;
      before: { merged?: { status: string } };
      after: { merged?: { status: string } };
    }[];
    expect(events.map((e) => e.kind)).toEqual(["REGISTERED", "MERGED", "UNMERGED"]);
    expect(events[1]).toMatchObject({
      reason: "merge reason",
      actorRole: "PAA",
      before: { merged: { status: "ACTIVE" } },
      after: { merged: { status: "MERGED" } },
    });
    expect(events[2]).toMatchObject({ reason: "unmerge reason", actorRole: "STATE_MEDICAID_AGENCY", after: { merged: { status: "ACTIVE" } } });
    expect(errorCodes(await service.call(history, { id: survivor }, service.hospital))).toEqual(["FORBIDDEN"]);
  });

  it("addIdentifier and endIdentifier are recorded; a second owner is CONFLICT", async () => {
    const { survivor, merged } = await twoRecords("Identifier-Change");
    const mrn = { type: "FACILITY_MRN", issuer: "0193a000-0000-7000-8000-00000000f001", value: "MRN-77" };
    const added = await service.call(
      `mutation($id: ID!, $i: NewIdentifierInput!) { addIdentifier(input: { individualId: $id, identifier: $i, reason: "admission" }) { individual { identifiers { id type value } } } }`,
      { id: survivor, i: mrn },
    );
    // (A hospital or NF attaches identifiers only to people related to it: test/red-team/hospital-relation.test.ts.)
    expect(added.errors).toBeUndefined();
    const mrnId = added.data!.addIdentifier.individual.identifiers.find((i: { type: string }) => i.type === "FACILITY_MRN").id;
    const stolen = await service.call(
      `mutation($id: ID!, $i: NewIdentifierInput!) { addIdentifier(input: { individualId: $id, identifier: $i }) { individual { id } } }`,
      { id: merged, i: mrn },
    );
    expect(errorCodes(stolen)).toEqual(["CONFLICT"]);
    const ended = await service.call(
      `mutation($id: ID!) { endIdentifier(input: { identifierId: $id, validThrough: "2026-01-31", reason: "discharged" }) { identifier { validThrough } } }`,
      { id: mrnId },
    );
    expect(ended.data!.endIdentifier.identifier).toEqual({ validThrough: "2026-01-31" });
    const events = (await service.call(history, { id: survivor })).data!.individual.history.map((e: { kind: string; reason: string }) => [e.kind, e.reason]);
    expect(events).toEqual([
      ["REGISTERED", null],
      ["IDENTIFIER_ADDED", "admission"],
      ["IDENTIFIER_ENDED", "discharged"],
    ]);
  });
});
