import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes } from "../../../test/support/graphql.ts";
import { person, register, startIdentityService, type IdentityService } from "./support.ts";

/** Issue 3, "Finding people": by identifier (any partner, one statement per batch) and by search (PAA and state). */
let service: IdentityService;
const people: { id: string; medicaidId: string }[] = [];

beforeAll(async () => {
  service = await startIdentityService();
  for (let n = 0; n < 60; n += 1) {
    // Numbers many digits apart: two one keying error apart are weak evidence of one person (issue 21).
    const medicaidId = `71${String((n * 1_234_567_891) % 10_000_000_000).padStart(10, "0")}`;
    const created = await register(
      service,
      person({
        givenName: `Given${String.fromCharCode(65 + (n % 26))}`,
        familyName: `Lookup${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(65 + (n % 26))}`,
        birthDate: `19${30 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
        identifiers: [{ type: "MEDICAID_ID", issuer: "OH", value: medicaidId }],
      }),
    );
    people.push({ id: created.individual.id, medicaidId });
  }
});
afterAll(() => service?.hub.stop());

const byIdentifiers = `query Lookup($ids: [IdentifierInput!]!) { individualsByIdentifiers(identifiers: $ids) { id } }`;
const medicaid = (value: string) => ({ type: "MEDICAID_ID", issuer: "OH", value });

describe("individualsByIdentifiers", () => {
  it.each([1, 10, 60])("answers %i identifiers with one SQL statement, one result per input, in order", async (count) => {
    const asked = people.slice(0, count).reverse();
    service.statements().reset();
    const answer = await service.call(byIdentifiers, { ids: asked.map((p) => medicaid(p.medicaidId)) });
    expect(answer.errors).toBeUndefined();
    expect(service.statements().count).toBe(1);
    expect(answer.data!.individualsByIdentifiers.map((p: { id: string }) => p.id)).toEqual(asked.map((p) => p.id));
  });

  it("null where nobody holds the identifier or the value cannot be one; repeats are answered in place", async () => {
    const [a, b] = [people[0]!, people[1]!];
    service.statements().reset();
    const answer = await service.call(byIdentifiers, {
      ids: [
        medicaid(a.medicaidId),
        medicaid("799999999999"),
        { type: "SSN", value: "not-an-ssn" },
        medicaid(b.medicaidId),
        { type: "MEDICAID_ID", issuer: "oh", value: ` ${a.medicaidId} ` },
      ],
    });
    expect(answer.errors).toBeUndefined();
    expect(service.statements().count).toBe(1);
    expect(answer.data!.individualsByIdentifiers).toEqual([{ id: a.id }, null, null, { id: b.id }, { id: a.id }]);
  });

  it("every authenticated partner may look a person up by an identifier it holds, the payment system too", async () => {
    const answer = await service.call(byIdentifiers, { ids: [medicaid(people[2]!.medicaidId)] }, service.payment);
    expect(answer.data!.individualsByIdentifiers).toEqual([{ id: people[2]!.id }]);
  });

  it("an issuer the type requires, missing, is BAD_USER_INPUT naming it", async () => {
    const answer = await service.call(byIdentifiers, { ids: [medicaid(people[0]!.medicaidId), { type: "MEDICAID_ID", value: "123456789012" }] });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("identifiers.1.issuer");
  });
});

const search = `query Search($criteria: IndividualSearchInput!, $first: Int, $after: String) {
  searchIndividuals(criteria: $criteria, first: $first, after: $after) {
    edges { cursor node { individual { id givenName familyName } score reasons { field agreement } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("searchIndividuals", () => {
  let margaret: string;
  let hollis: string;
  beforeAll(async () => {
    margaret = (await register(service, person({ givenName: "Margaret", familyName: "Vandermolen", birthDate: "1936-04-12" }))).individual.id;
    hollis = (await register(service, person({ givenName: "Hollis", familyName: "Vandermolen", birthDate: "1938-10-30", sex: "MALE" }))).individual.id;
  });

  const found = (answer: Awaited<ReturnType<IdentityService["call"]>>) =>
    answer.data!.searchIndividuals.edges.map((edge: { node: { individual: { id: string } } }) => edge.node.individual.id);

  it("finds a family name despite a typo, and a given name by its nickname (Peggy finds Margaret)", async () => {
    const answer = await service.call(search, { criteria: { familyName: "Vandermollen", givenName: "Peggy" } });
    expect(answer.errors).toBeUndefined();
    expect(found(answer)).toEqual([margaret]);
    expect(answer.data!.searchIndividuals.edges[0].node.reasons).toEqual([
      { field: "GIVEN_NAME", agreement: "NICKNAME" },
      { field: "FAMILY_NAME", agreement: "ONE_EDIT" },
    ]);
  });

  it("finds by birth date with day and month swapped, best match first", async () => {
    const answer = await service.call(search, { criteria: { familyName: "Vandermolen", birthDate: "1936-12-04" } });
    expect(found(answer)).toEqual([margaret]);
    const both = await service.call(search, { criteria: { familyName: "van der molen" } });
    expect(found(both).sort()).toEqual([margaret, hollis].sort());
  });

  it("finds by birth date alone, and by an identifier exactly", async () => {
    expect(found(await service.call(search, { criteria: { birthDate: "1938-10-30" } }))).toEqual([hollis]);
    expect(found(await service.call(search, { criteria: { identifier: medicaid(people[5]!.medicaidId) } }))).toEqual([people[5]!.id]);
  });

  it("pages through results with cursors, each result once", async () => {
    const first = await service.call(search, { criteria: { familyName: "Vandermolen" }, first: 1 });
    expect(first.data!.searchIndividuals.pageInfo.hasNextPage).toBe(true);
    const second = await service.call(search, { criteria: { familyName: "Vandermolen" }, first: 1, after: first.data!.searchIndividuals.pageInfo.endCursor });
    expect(second.data!.searchIndividuals.pageInfo.hasNextPage).toBe(false);
    expect([...found(first), ...found(second)].sort()).toEqual([margaret, hollis].sort());
  });

  it("a search needs a family name, a birth date or an identifier (BAD_USER_INPUT)", async () => {
    const answer = await service.call(search, { criteria: { givenName: "Margaret" } });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe("criteria");
    // A blank family name is one not asked about, as in a registration: the same answer, not "may not be empty".
    const blank = await service.call(search, { criteria: { givenName: "Margaret", familyName: "  " } });
    expect(errorCodes(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(blank.errors?.[0]?.message).toContain("give a family name, a birth date or an identifier");
  });

  it("a blank given name narrows nothing: the search by family name answers as without it", async () => {
    const blank = await service.call(search, { criteria: { familyName: "Vandermolen", givenName: " " } });
    expect(blank.errors).toBeUndefined();
    expect(found(blank).sort()).toEqual(found(await service.call(search, { criteria: { familyName: "Vandermolen" } })).sort());
  });

  it.each(["hospital", "payment"] as const)("search by name is for the PAA and the state: the %s token is FORBIDDEN", async (role) => {
    const answer = await service.call(search, { criteria: { familyName: "Vandermolen" } }, service[role]);
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    const paa = await service.call(search, { criteria: { familyName: "Vandermolen" } }, service.paa);
    expect(paa.errors).toBeUndefined();
  });
});
