import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes } from "../../../test/support/graphql.ts";
import { addDays } from "@pasrr/calendar/calendar-date";
import { freshSsn, person, register, registerMutation, startIdentityService, testToday, type IdentityService } from "./support.ts";

/** Issue 3, "Registering with duplicate detection", through the subgraph's HTTP API on PGlite. */
let service: IdentityService;
beforeAll(async () => {
  service = await startIdentityService();
});
afterAll(() => service?.hub.stop());

describe("registerIndividual: CREATED, MATCHED, POSSIBLE_DUPLICATE", () => {
  it("a person unlike anyone on record is CREATED, with no candidates and no review", async () => {
    const created = await register(service, person({ familyName: "Created-Alone", identifiers: [{ type: "SSN", value: freshSsn() }] }));
    expect(created.outcome).toBe("CREATED");
    expect(created.candidates).toEqual([]);
    expect(created.review).toBeNull();
  });

  it("the same identifier (type, issuer, value) is that person: MATCHED, and the new identifiers are attached", async () => {
    const ssn = freshSsn();
    const first = await register(service, person({ familyName: "Deterministic", identifiers: [{ type: "SSN", value: ssn }] }));
    const again = await register(
      service,
      person({
        familyName: "Deterministic",
        givenName: "Peggy",
        addressLine1: "9 Elsewhere Rd",
        identifiers: [
          { type: "SSN", value: ssn.replace(/-/g, " ") },
          { type: "MEDICAID_ID", issuer: "oh", value: "1000-0000-0001" },
        ],
      }),
    );
    expect(again.outcome).toBe("MATCHED");
    expect(again.individual.id).toBe(first.individual.id);
    expect(again.individual.identifiers).toEqual(
      expect.arrayContaining([
        { type: "SSN", issuer: "SSA", value: ssn.replace(/-/g, "") },
        { type: "MEDICAID_ID", issuer: "OH", value: "100000000001" },
      ]),
    );
    expect(again.candidates?.[0]?.reasons).toContainEqual({ field: "SSN", agreement: "EXACT", weight: expect.any(Number) });
  });

  it("a near-duplicate (nickname, SSN last four) with a safe score is MATCHED by the machine, and the nickname is kept as an alternate name", async () => {
    const ssn = freshSsn();
    const first = await register(
      service,
      person({
        givenName: "William",
        middleName: "Arthur",
        familyName: "Brackenridge",
        sex: "MALE",
        birthDate: "1939-11-04",
        identifiers: [{ type: "SSN", value: ssn }],
      }),
    );
    const bill = await register(
      service,
      person({ givenName: "Bill", middleName: "A", familyName: "BRACKENRIDGE", sex: "MALE", birthDate: "1939-11-04", ssnLastFour: ssn.slice(-4) }),
    );
    expect(bill.outcome).toBe("MATCHED");
    expect(bill.individual.id).toBe(first.individual.id);
    expect(bill.individual.otherNames).toEqual([{ kind: "ALTERNATE", givenName: "Bill", familyName: "BRACKENRIDGE" }]);
    const reasons = Object.fromEntries(bill.candidates![0]!.reasons.map((r) => [r.field, r.agreement]));
    expect(reasons).toMatchObject({ GIVEN_NAME: "NICKNAME", FAMILY_NAME: "EXACT", BIRTH_DATE: "EXACT", SSN: "LAST_FOUR" });
  });

  it("a near-duplicate the machine may not decide alone is POSSIBLE_DUPLICATE: a review lists the candidate with its score and per-field reasons", async () => {
    const first = await register(service, person({ givenName: "Eleanor", familyName: "Oakhurst-Vane", birthDate: "1944-02-09" }));
    const typo = await register(
      service,
      person({ givenName: "Elenaor", familyName: "Oakhurst Vane", birthDate: "1944-09-02", addressLine1: null, postalCode: null }),
    );
    expect(typo.outcome).toBe("POSSIBLE_DUPLICATE");
    expect(typo.individual.id).not.toBe(first.individual.id);
    expect(typo.review).toMatchObject({ status: "OPEN", candidates: [{ individual: { id: first.individual.id } }] });
    const candidate = typo.candidates![0]!;
    expect(candidate.individual.id).toBe(first.individual.id);
    expect(candidate.score).toBeCloseTo(
      candidate.reasons.reduce((sum, r) => sum + r.weight, 0),
      1,
    );
    expect(candidate.reasons).toEqual(
      expect.arrayContaining([
        { field: "GIVEN_NAME", agreement: "ONE_EDIT", weight: expect.any(Number) },
        { field: "FAMILY_NAME", agreement: "EXACT", weight: expect.any(Number) },
        { field: "BIRTH_DATE", agreement: "DAY_MONTH_SWAP", weight: expect.any(Number) },
      ]),
    );
  });

  it("one SSN digit mistyped, all else the same: MATCHED on the score, and the person keeps the SSN on record", async () => {
    const ssn = freshSsn();
    const digits = ssn.replace(/-/g, "");
    const mistyped = `${digits.slice(0, 8)}${(Number(digits[8]) + 1) % 10}`;
    // A person of their own (the fixture's Margarets share a birth date and a home, so each is a rival for the others).
    const transposita = { givenName: "Philippa", familyName: "Transposita", birthDate: "1938-10-04", addressLine1: "4 Larch Row" };
    const first = await register(service, person({ ...transposita, identifiers: [{ type: "SSN", value: ssn }] }));
    const again = await register(service, person({ ...transposita, identifiers: [{ type: "SSN", value: mistyped }] }));
    expect(again.outcome).toBe("MATCHED");
    expect(again.individual.id).toBe(first.individual.id);
    expect(again.candidates![0]!.reasons).toContainEqual({ field: "SSN", agreement: "ONE_EDIT", weight: expect.any(Number) });
    expect(again.individual.identifiers.filter((id) => id.type === "SSN").map((id) => id.value)).toEqual([digits]);
  });

  it("twins (same family name, birth date and home, other given names) are never merged by the machine", async () => {
    const base = { familyName: "Threlkeld", birthDate: "1950-05-05", sex: "MALE" as const };
    const first = await register(service, person({ ...base, givenName: "Jonas" }));
    const twin = await register(service, person({ ...base, givenName: "Tobias" }));
    expect(first.outcome).toBe("CREATED");
    expect(twin.outcome).toBe("POSSIBLE_DUPLICATE");
    expect(twin.individual.id).not.toBe(first.individual.id);
  });

  it("a match never crosses a conflicting SSN: the same name and birth date with another SSN is not MATCHED", async () => {
    const first = await register(service, person({ familyName: "Conflicting", identifiers: [{ type: "SSN", value: freshSsn() }] }));
    const other = await register(service, person({ familyName: "Conflicting", identifiers: [{ type: "SSN", value: freshSsn() }] }));
    expect(other.outcome).toBe("POSSIBLE_DUPLICATE");
    expect(other.individual.id).not.toBe(first.individual.id);
    expect(other.candidates![0]!.reasons).toContainEqual({ field: "SSN", agreement: "CONFLICT", weight: expect.any(Number) });
  });

  it("a second claim on an identifier by someone else (name and birth date disagree) is CONFLICT, and nothing is written", async () => {
    const ssn = freshSsn();
    await register(service, person({ familyName: "Owner", identifiers: [{ type: "SSN", value: ssn }] }));
    const before = await service.call(`{ individuals(first: 100) { edges { node { id } } } }`);
    const claim = await service.call(registerMutation, {
      input: person({ givenName: "Desmond", familyName: "Claimant", birthDate: "1960-01-30", sex: "MALE", identifiers: [{ type: "SSN", value: ssn }] }),
    });
    expect(errorCodes(claim)).toEqual(["CONFLICT"]);
    expect(claim.errors?.[0]?.message).not.toContain(ssn);
    const after = await service.call(`{ individuals(first: 100) { edges { node { id } } } }`);
    expect(after.data!.individuals.edges).toHaveLength(before.data!.individuals.edges.length);
  });

  it("identifiers of two different people in one registration are CONFLICT", async () => {
    const [a, b] = [freshSsn(), "200000000777"];
    await register(service, person({ familyName: "Holder-A", identifiers: [{ type: "SSN", value: a }] }));
    await register(
      service,
      person({ familyName: "Holder-B", givenName: "Ruth", birthDate: "1930-01-01", identifiers: [{ type: "MEDICAID_ID", issuer: "OH", value: b }] }),
    );
    const both = await service.call(registerMutation, {
      input: person({
        familyName: "Holder-A",
        identifiers: [
          { type: "SSN", value: a },
          { type: "MEDICAID_ID", issuer: "OH", value: b },
        ],
      }),
    });
    expect(errorCodes(both)).toEqual(["CONFLICT"]);
  });
});

describe("registerIndividual: input rules (BAD_USER_INPUT naming the field, nothing written)", () => {
  const refusals = [
    { rule: "a state code the hub does not know", input: person({ state: "XX" }), field: "input.state" },
    {
      rule: "no name at all: a blank given name and a family name of only punctuation",
      input: person({ givenName: "  ", familyName: " -- " }),
      field: "input.familyName",
    },
    { rule: "no name part given at all", input: person({ givenName: null, familyName: null }), field: "input.familyName" },
    {
      rule: "a name alone, without a birth date, an identifier or the SSN's last four",
      input: person({ givenName: null, familyName: "Onlyname", birthDate: null }),
      field: "input.birthDate",
    },
    { rule: "a birth date in the future (by the hub's clock)", input: person({ birthDate: addDays(testToday, 1) }), field: "input.birthDate" },
    {
      rule: "a birth date more than 130 years ago",
      input: person({ birthDate: `${Number(testToday.slice(0, 4)) - 131}${testToday.slice(4)}` }),
      field: "input.birthDate",
    },
    { rule: "a given name longer than 100 characters", input: person({ givenName: "A".repeat(101) }), field: "input.givenName" },
    {
      rule: "a previous name without its given name",
      input: person({ previousNames: [{ givenName: " ", familyName: "Maiden" }] }),
      field: "input.previousNames.0.givenName",
    },
    { rule: "a ZIP code that is not 5 or 9 digits", input: person({ postalCode: "4521" }), field: "input.postalCode" },
    { rule: "SSN area 000", input: person({ identifiers: [{ type: "SSN", value: "000-12-3456" }] }), field: "input.identifiers.0.value" },
    { rule: "SSN area 666", input: person({ identifiers: [{ type: "SSN", value: "666-12-3456" }] }), field: "input.identifiers.0.value" },
    { rule: "SSN area 9xx", input: person({ identifiers: [{ type: "SSN", value: "912-12-3456" }] }), field: "input.identifiers.0.value" },
    { rule: "SSN group 00", input: person({ identifiers: [{ type: "SSN", value: "212-00-3456" }] }), field: "input.identifiers.0.value" },
    { rule: "SSN serial 0000", input: person({ identifiers: [{ type: "SSN", value: "212-12-0000" }] }), field: "input.identifiers.0.value" },
    {
      rule: "an MBI with a forbidden letter (S)",
      input: person({ identifiers: [{ type: "MEDICARE_MBI", value: "1SG4-TE5-MK73" }] }),
      field: "input.identifiers.0.value",
    },
    {
      rule: "an Ohio Medicaid ID that is not 12 digits",
      input: person({ identifiers: [{ type: "MEDICAID_ID", issuer: "OH", value: "12345" }] }),
      field: "input.identifiers.0.value",
    },
    {
      rule: "a Medicaid ID without its state",
      input: person({ identifiers: [{ type: "MEDICAID_ID", value: "123456789012" }] }),
      field: "input.identifiers.0.issuer",
    },
    {
      rule: "a state client number without a state program",
      input: person({ identifiers: [{ type: "STATE_CLIENT_ID", issuer: "PMI", value: "12345678" }] }),
      field: "input.identifiers.0.issuer",
    },
    {
      rule: "two different SSNs for one person",
      input: person({
        identifiers: [
          { type: "SSN", value: "212-12-3456" },
          { type: "SSN", value: "212-12-3457" },
        ],
      }),
      field: "input.identifiers",
    },
    {
      rule: "SSN last four that disagree with the SSN",
      input: person({ ssnLastFour: "1111", identifiers: [{ type: "SSN", value: "212-12-3456" }] }),
      field: "input.ssnLastFour",
    },
    {
      rule: "validity that ends before it starts",
      input: person({ identifiers: [{ type: "MEDICARE_MBI", value: "1EG4-TE5-MK73", validFrom: "2020-01-01", validThrough: "2019-12-31" }] }),
      field: "input.identifiers.0.validThrough",
    },
  ];

  it.each(refusals)("$rule", async ({ input, field }) => {
    service.statements().reset();
    const answer = await service.call(registerMutation, { input });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0]?.extensions?.field).toBe(field);
    expect(service.statements().count).toBe(0);
  });
});

describe("registerIndividual: a record with enough to identify a person is accepted (issue 21)", () => {
  const readBack = `query($id: ID!) { individual(id: $id) { id givenName familyName birthDate } }`;

  it("without a given name (family name and birth date) it is CREATED, and reads back with givenName null", async () => {
    const created = await register(service, person({ givenName: null, familyName: "Nogiven-Okafor", birthDate: "1939-07-21" }));
    expect(created.outcome).toBe("CREATED");
    expect(created.individual).toMatchObject({ givenName: null, familyName: "Nogiven-Okafor", birthDate: "1939-07-21" });
    const read = await service.call(readBack, { id: created.individual.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.individual).toEqual({ id: created.individual.id, givenName: null, familyName: "Nogiven-Okafor", birthDate: "1939-07-21" });
  });

  it("without a birth date, an SSN identifies the person: accepted, birthDate null", async () => {
    const created = await register(service, person({ familyName: "Nodate-Pellegrino", birthDate: null, identifiers: [{ type: "SSN", value: freshSsn() }] }));
    expect(created.outcome).toBe("CREATED");
    expect(created.individual).toMatchObject({ givenName: "Margaret", familyName: "Nodate-Pellegrino", birthDate: null });
  });

  it("without a birth date, the SSN's last four are enough too", async () => {
    const created = await register(service, person({ familyName: "Lastfour-Ibarra", birthDate: null, ssnLastFour: "4821" }));
    expect(created.individual.birthDate).toBeNull();
  });

  it("without a family name (given name and birth date) it is accepted, familyName null", async () => {
    const created = await register(service, person({ givenName: "Ysolde", familyName: null, birthDate: "1933-01-29" }));
    expect(created.outcome).toBe("CREATED");
    expect(created.individual).toMatchObject({ givenName: "Ysolde", familyName: null });
  });

  it("blank strings and punctuation count as missing, not as errors", async () => {
    const created = await register(service, person({ givenName: "   ", familyName: "Blankgiven-Rasmussen", birthDate: "1940-08-08", middleName: " " }));
    expect(created.individual.givenName).toBeNull();
    const dashes = await register(service, person({ givenName: "Theodora", familyName: "--", birthDate: "1940-08-09" }));
    expect(dashes.individual.familyName).toBeNull();
  });

  it("the refusal says what is missing, in words", async () => {
    const noName = await service.call(registerMutation, { input: person({ givenName: "", familyName: " " }) });
    expect(noName.errors?.[0]?.message).toContain("a registration needs a given or family name");
    const nameOnly = await service.call(registerMutation, { input: person({ birthDate: null }) });
    expect(nameOnly.errors?.[0]?.message).toContain("a registration needs a birth date or an identifier");
  });

  it("a partial record later registered in full is found: a reviewed duplicate, never a second silent record or an error", async () => {
    const partial = await register(service, person({ givenName: null, familyName: "Partialfirst-Whitcombe", birthDate: "1942-05-14" }));
    const full = await register(service, person({ givenName: "Rosalind", familyName: "Partialfirst-Whitcombe", birthDate: "1942-05-14" }));
    // Today the matcher holds it for review (the given name cannot be compared); either answer finds the record.
    expect(["MATCHED", "POSSIBLE_DUPLICATE"]).toContain(full.outcome);
    expect(full.candidates!.map((candidate) => candidate.individual.id)).toContain(partial.individual.id);
    const reasons = Object.fromEntries(full.candidates![0]!.reasons.map((r) => [r.field, r.agreement]));
    expect(reasons).toMatchObject({ GIVEN_NAME: "MISSING", FAMILY_NAME: "EXACT", BIRTH_DATE: "EXACT" });
  });

  it("a record known only by name and SSN is MATCHED when registered in full with that SSN, and keeps the birth date it lacked", async () => {
    const ssn = freshSsn();
    const partial = await register(
      service,
      person({ givenName: null, familyName: "Ssnonly-Delacroix", birthDate: null, identifiers: [{ type: "SSN", value: ssn }] }),
    );
    const full = await register(service, person({ familyName: "Ssnonly-Delacroix", birthDate: "1937-12-01", identifiers: [{ type: "SSN", value: ssn }] }));
    expect(full.outcome).toBe("MATCHED");
    expect(full.individual.id).toBe(partial.individual.id);
    // Nothing the partner said is lost: the record now carries the given name and birth date it lacked.
    const read = await service.call(readBack, { id: partial.individual.id });
    expect(read.data!.individual).toEqual({ id: partial.individual.id, givenName: "Margaret", familyName: "Ssnonly-Delacroix", birthDate: "1937-12-01" });
    // And a later registration without the SSN finds it by the birth date it now has.
    const again = await register(service, person({ familyName: "Ssnonly-Delacroix", birthDate: "1937-12-01" }));
    expect(again.candidates!.map((candidate) => candidate.individual.id)).toContain(partial.individual.id);
  });

  it("a partial registration carrying a known SSN is MATCHED to the full record, and adds no half name as an alternate", async () => {
    const ssn = freshSsn();
    const full = await register(service, person({ givenName: "Benedetta", familyName: "Fullfirst-Achterberg", identifiers: [{ type: "SSN", value: ssn }] }));
    const partial = await register(service, person({ givenName: null, familyName: "Achterberg", birthDate: null, identifiers: [{ type: "SSN", value: ssn }] }));
    expect(partial.outcome).toBe("MATCHED");
    expect(partial.individual).toMatchObject({ id: full.individual.id, givenName: "Benedetta", familyName: "Fullfirst-Achterberg", otherNames: [] });
  });

  it("searchIndividuals answers over people lacking a given name or a birth date, showing what is missing", async () => {
    const noGiven = await register(service, person({ givenName: null, familyName: "Searchgap-Thornbury", birthDate: "1945-03-03" }));
    const noDate = await register(
      service,
      person({ givenName: "Cordelia", familyName: "Searchgap-Thornbury", birthDate: null, identifiers: [{ type: "SSN", value: freshSsn() }] }),
    );
    const search = `query($criteria: IndividualSearchInput!) {
      searchIndividuals(criteria: $criteria) { edges { node { individual { id givenName birthDate } reasons { field agreement } } } }
    }`;
    const byName = await service.call(search, { criteria: { familyName: "Searchgap-Thornbury" } });
    expect(byName.errors).toBeUndefined();
    const ids = byName.data!.searchIndividuals.edges.map((edge: { node: { individual: { id: string } } }) => edge.node.individual.id);
    expect(ids.sort()).toEqual([noGiven.individual.id, noDate.individual.id].sort());
    const full = await service.call(search, { criteria: { givenName: "Cordelia", familyName: "Searchgap-Thornbury", birthDate: "1945-03-03" } });
    expect(full.errors).toBeUndefined();
    const nodes = full.data!.searchIndividuals.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ individual: { id: noGiven.individual.id, givenName: null, birthDate: "1945-03-03" } }),
        expect.objectContaining({ individual: { id: noDate.individual.id, givenName: "Cordelia", birthDate: null } }),
      ]),
    );
    const byDate = await service.call(search, { criteria: { birthDate: "1945-03-03" } });
    expect(byDate.errors).toBeUndefined();
  });
});

describe("registerIndividual: who sees what", () => {
  it("a hospital registers and learns the outcome, but candidates and reviews (other people) are FORBIDDEN to it", async () => {
    await register(service, person({ familyName: "Privacy", givenName: "Harriet" }));
    const answer = await service.call(
      registerMutation,
      // A misspelt given name, a mistyped birth date and another address: enough for a reviewer, not for the machine.
      { input: person({ familyName: "Privacy", givenName: "Harriot", birthDate: "1941-03-18", addressLine1: "80 Quarry Road", postalCode: "45040" }) },
      service.hospital,
    );
    expect(answer.data!.registerIndividual.outcome).toBe("POSSIBLE_DUPLICATE");
    expect(answer.data!.registerIndividual.candidates).toBeNull();
    expect(answer.data!.registerIndividual.review).toBeNull();
    expect(errorCodes(answer)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
  });

  it("a hospital sees only the last four digits of an SSN; the state sees it whole", async () => {
    const ssn = freshSsn();
    const hospital = await service.call(
      registerMutation,
      { input: person({ familyName: "Masked", identifiers: [{ type: "SSN", value: ssn }] }) },
      service.hospital,
    );
    expect(hospital.data!.registerIndividual.individual.identifiers).toEqual([{ type: "SSN", issuer: "SSA", value: `***-**-${ssn.slice(-4)}` }]);
    const read = await service.call(`query($id: ID!) { individual(id: $id) { identifiers { value } } }`, {
      id: hospital.data!.registerIndividual.individual.id,
    });
    expect(read.data!.individual.identifiers).toEqual([{ value: ssn.replace(/-/g, "") }]);
  });

  it("the payment system may not register people (FORBIDDEN)", async () => {
    const answer = await service.call(registerMutation, { input: person({ familyName: "Payer" }) }, service.payment);
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
  });
});
