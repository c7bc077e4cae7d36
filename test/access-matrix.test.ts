import { buildFacilitiesSchema } from "@pasrr/facilities/schema";
import { buildIndividualsSchema } from "@pasrr/individuals/schema";
import { buildLevelOfCareSchema } from "@pasrr/levelofcare/schema";
import { buildScreeningsSchema } from "@pasrr/screenings/schema";
import { isDenied, type AccessMatrix } from "@pasrr/subgraph-kit/access/access-matrix";
import { roles, type Role } from "@pasrr/auth/roles";
import type { SubgraphName } from "@pasrr/config/service-names";
import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { facilitiesAccess } from "../subgraphs/facilities/src/access/matrix.access.ts";
import { individualsAccess } from "../subgraphs/individuals/src/access/matrix.access.ts";
import { levelOfCareAccess } from "../subgraphs/levelofcare/src/access/matrix.access.ts";
import { screeningsAccess } from "../subgraphs/screenings/src/access/matrix.access.ts";
import { fieldChecks, keyOnlyPerson, representations, scopedRootChecks, type FieldCheck } from "./access-matrix.fields.ts";
import { documentOf, inScope, rootOperation, unknownId } from "./access-matrix.operations.ts";
import { graphql, type GraphQLAnswer } from "./support/graphql.ts";
import { startTestHub, type TestHub } from "./support/hub.ts";

/**
 * Issue 7 §2: every cell of the access matrix, asked for real, through the gateway and straight
 * to the owning subgraph. A denied cell answers FORBIDDEN on that field; an allowed, scoped or
 * masked cell is never FORBIDDEN (its arguments are inside the token's scope). Fields with a
 * nullable root share a request (aliases keep each field's errors apart); a non-null root field
 * and each mutation get their own, because a failed one ends its siblings' execution.
 */

const subgraphs: { name: SubgraphName; build: () => Promise<GraphQLSchema>; matrix: AccessMatrix }[] = [
  { name: "individuals", build: buildIndividualsSchema, matrix: individualsAccess },
  { name: "screenings", build: buildScreeningsSchema, matrix: screeningsAccess },
  { name: "levelofcare", build: buildLevelOfCareSchema, matrix: levelOfCareAccess },
  { name: "facilities", build: buildFacilitiesSchema, matrix: facilitiesAccess },
];
const matrixOf = (coordinate: string) => subgraphs.find((subgraph) => subgraph.matrix[coordinate])!.matrix[coordinate]!;

let hub: TestHub;
const tokens = {} as Record<Role, string>;
const schemas = {} as Record<SubgraphName, GraphQLSchema>;

beforeAll(async () => {
  hub = await startTestHub({ seedDemoData: true });
  for (const role of roles) {
    tokens[role] = await hub.token({
      role,
      counties: role === "PAA" ? [inScope.facility.county] : [],
      facilityIds: role === "NURSING_FACILITY" || role === "HOSPITAL" ? [inScope.facility.id] : [],
    });
  }
  for (const { name, build } of subgraphs) schemas[name] = await build();
});
afterAll(() => hub?.stop());

type Target = "gateway" | "subgraph";
const urlOf = (target: Target, subgraph: SubgraphName) => (target === "gateway" ? hub.gatewayUrl! : hub.subgraphs[subgraph]!.url);

/** The codes of the errors under one alias (the field's own, and those of fields inside it). */
const codesUnder = (answer: GraphQLAnswer, alias: string) =>
  (answer.errors ?? []).filter((error) => error.path?.[0] === alias).map((error) => error.extensions?.code);

function expectCell(answer: GraphQLAnswer, alias: string, coordinate: string, role: Role, where: string) {
  expect(answer.status, `${where}: ${role} on ${coordinate} answered HTTP ${answer.status}`).toBe(200);
  const codes = codesUnder(answer, alias);
  if (isDenied(matrixOf(coordinate).roles[role])) {
    expect(codes, `${where}: ${role} must be refused ${coordinate}`).toContain("FORBIDDEN");
    // A refused field is null by GraphQL's rules; a root field's null is checked here as the answer's.
    if (/^(Query|Mutation)\./.test(coordinate)) {
      expect((answer.data as Record<string, unknown> | null | undefined)?.[alias] ?? null, `${where}: no data for ${role} on ${coordinate}`).toBeNull();
    }
  } else {
    expect(codes, `${where}: ${role} may use ${coordinate} (${JSON.stringify(answer.errors?.filter((e) => e.path?.[0] === alias))})`).not.toContain(
      "FORBIDDEN",
    );
  }
}

describe("every root field, for every role, through the gateway and straight to its subgraph", () => {
  for (const { name, matrix } of subgraphs) {
    const queries = Object.keys(matrix).filter((coordinate) => coordinate.startsWith("Query."));
    const mutations = Object.keys(matrix).filter((coordinate) => coordinate.startsWith("Mutation."));

    it.each(roles)(`${name} queries answer %s as the matrix says`, async (role) => {
      const operations = queries.map((coordinate) => rootOperation(schemas[name], "Query", coordinate.slice("Query.".length)));
      const batches = [
        operations.filter((operation) => !operation.alone),
        ...operations.filter((operation) => operation.alone).map((operation) => [operation]),
      ];
      for (const batch of batches.filter((b) => b.length > 0)) {
        const query = documentOf("query", batch);
        const variables = Object.assign({}, ...batch.map((operation) => operation.variables));
        for (const target of ["gateway", "subgraph"] as const) {
          const answer = await graphql(urlOf(target, name), query, { token: tokens[role], variables });
          for (const operation of batch) expectCell(answer, operation.field, `Query.${operation.field}`, role, target);
        }
      }
    });

    if (mutations.length === 0) continue;
    it.each(roles)(`${name} mutations answer %s as the matrix says`, async (role) => {
      for (const coordinate of mutations) {
        const operation = rootOperation(schemas[name], "Mutation", coordinate.slice("Mutation.".length));
        const mutation = documentOf("mutation", [operation]);
        for (const target of ["gateway", "subgraph"] as const) {
          const answer = await graphql(urlOf(target, name), mutation, { token: tokens[role], variables: operation.variables });
          expectCell(answer, operation.field, coordinate, role, target);
        }
      }
    });
  }
});

describe("every sensitive field, for every role, through the gateway and straight to its subgraph", () => {
  const aliasOf = (coordinate: string) => coordinate.replace(".", "_");

  /** The checks batched into requests within the root-field limit, and each check that must be asked alone. */
  const batchesOf = (checks: FieldCheck[], perRequest = 10) => {
    const together = checks.filter((check) => !check.alone);
    const batches = Array.from({ length: Math.ceil(together.length / perRequest) }, (_, i) => together.slice(i * perRequest, (i + 1) * perRequest));
    return [...batches, ...checks.filter((check) => check.alone).map((check) => [check])];
  };

  it.each(roles)("the gateway answers %s as the matrix says", async (role) => {
    for (const batch of batchesOf(fieldChecks)) {
      const query = `query SensitiveFields { ${batch.map((check) => `${aliasOf(check.coordinate)}: ${check.gateway}`).join(" ")} }`;
      const answer = await graphql(hub.gatewayUrl!, query, { token: tokens[role] });
      for (const check of batch) expectCell(answer, aliasOf(check.coordinate), check.coordinate, role, "gateway");
    }
  });

  for (const { name } of subgraphs) {
    const checks = fieldChecks.filter((check) => check.subgraph === name);
    it.each(roles)(`the ${name} subgraph answers %s as the matrix says`, async (role) => {
      for (const batch of batchesOf(checks)) {
        const selections = batch.map((check) => `${aliasOf(check.coordinate)}: ${check.direct ?? check.gateway}`).join(" ");
        const used = Object.entries(representations).filter(([key]) => selections.includes(`$${key}`));
        const query = `query SensitiveFields${used.length ? `(${used.map(([, r]) => r.definition).join(", ")})` : ""} { ${selections} }`;
        const answer = await graphql(hub.subgraphs[name]!.url, query, {
          token: tokens[role],
          headers: await hub.gatewayVouch(),
          variables: Object.fromEntries(used.map(([key, r]) => [key, r.value])),
        });
        for (const check of batch) expectCell(answer, aliasOf(check.coordinate), check.coordinate, role, name);
      }
    });
  }
});

describe("payload fields of a write", () => {
  /** Rows reached only through a mutation's payload or the router, tested here rather than in `fieldChecks`. */
  const elsewhere = [
    "RegisterIndividualPayload.candidates",
    "RegisterIndividualPayload.review",
    "Facility.currentResidentIds",
    // Router-only (`@inaccessible`) facts of the claim batch: test/claims.batch-field.postgres.test.ts asks them straight, vouched and not.
    "ClaimBatchCoverage.pasrrFacts",
    "ClaimBatchCoverage.stayFacts",
  ];

  it("every sensitive or guarded row of the matrix is asked by this file", () => {
    const fieldRows = subgraphs.flatMap(({ matrix }) => Object.keys(matrix)).filter((coordinate) => !/^(Query|Mutation)\./.test(coordinate));
    const asked = new Set([...fieldChecks.map((check) => check.coordinate), ...elsewhere]);
    expect(fieldRows.filter((coordinate) => !asked.has(coordinate))).toEqual([]);
  });

  it.each(roles)("registerIndividual's match candidates and review answer %s as the matrix says", async (role) => {
    const mutation = `mutation Register($input: RegisterIndividualInput!) {
      c: registerIndividual(input: $input) { outcome candidates { score } }
    }`;
    const review = `mutation Register($input: RegisterIndividualInput!) { r: registerIndividual(input: $input) { outcome review { id } } }`;
    const input = { givenName: "Marisol", familyName: `Quillfeather-${role.length}`, birthDate: "1944-03-09", county: inScope.facility.county, state: "OH" };
    for (const url of [hub.gatewayUrl!, hub.subgraphs.individuals!.url]) {
      const registerDenied = isDenied(individualsAccess["Mutation.registerIndividual"]!.roles[role]);
      for (const [document, alias, coordinate] of [
        [mutation, "c", "RegisterIndividualPayload.candidates"],
        [review, "r", "RegisterIndividualPayload.review"],
      ] as const) {
        const answer = await graphql(url, document, { token: tokens[role], variables: { input } });
        expectCell(answer, alias, registerDenied ? "Mutation.registerIndividual" : coordinate, role, url);
      }
    }
  });
});

describe("masking and scope", () => {
  const ssnQuery = `{ individual(id: "${inScope.person.id}") { identifiers { type value } } }`;
  const ssnOf = (answer: GraphQLAnswer) =>
    (answer.data?.individual as { identifiers: { type: string; value: string }[] }).identifiers.find((identifier) => identifier.type === "SSN")!.value;

  it.each(roles)("an SSN shows in full only where the matrix allows it (%s)", async (role) => {
    for (const url of [hub.gatewayUrl!, hub.subgraphs.individuals!.url]) {
      const ssn = ssnOf(await graphql(url, ssnQuery, { token: tokens[role] }));
      if (individualsAccess["Identifier.value"]!.roles[role] === "allowed") expect(ssn).toMatch(/^\d{9}$/);
      else expect(ssn).toMatch(/^\*\*\*-\*\*-\d{4}$/);
    }
  });

  it("an out-of-scope stay reads as a missing one: null, never FORBIDDEN (a PAA of another county)", async () => {
    const elsewhere = await hub.token({ role: "PAA", counties: ["Franklin"] });
    const inside = `{ stay(id: "0193a000-0000-7000-8000-00000000a002") { id } }`;
    const missing = `{ stay(id: "${unknownId}") { id } }`;
    for (const url of [hub.gatewayUrl!, hub.subgraphs.facilities!.url]) {
      const outOfScope = await graphql(url, inside, { token: elsewhere });
      const unknown = await graphql(url, missing, { token: elsewhere });
      expect(outOfScope.errors).toBeUndefined();
      expect(outOfScope.data).toEqual({ stay: null });
      expect(outOfScope.data).toEqual(unknown.data);
      expect((await graphql(url, inside, { token: tokens.PAA })).data).toEqual({ stay: { id: "0193a000-0000-7000-8000-00000000a002" } });
    }
  });

  it("an out-of-scope Level I screen reads as a missing one (a nursing facility elsewhere)", async () => {
    const elsewhere = await hub.token({ role: "NURSING_FACILITY", facilityIds: ["0193a000-0000-7000-8000-00000000f003"] });
    const query = `{ levelOneScreen(id: "0193a000-0000-7000-8000-00000000b002") { id } }`;
    for (const url of [hub.gatewayUrl!, hub.subgraphs.screenings!.url]) {
      const answer = await graphql(url, query, { token: elsewhere });
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ levelOneScreen: null });
      expect((await graphql(url, query, { token: tokens.NURSING_FACILITY })).data).toEqual({ levelOneScreen: { id: "0193a000-0000-7000-8000-00000000b002" } });
    }
  });

  it("lists leave out-of-scope rows: each Level II authority sees only its own referrals", async () => {
    const query = "{ levelTwoReferrals(first: 50) { edges { node { id authority } } } }";
    for (const url of [hub.gatewayUrl!, hub.subgraphs.screenings!.url]) {
      const all = (await graphql(url, query, { token: tokens.STATE_MEDICAID_AGENCY })).data!.levelTwoReferrals.edges as { node: { authority: string } }[];
      for (const [role, authority] of [
        ["MH_AUTHORITY", "MH"],
        ["DD_AUTHORITY", "DD"],
      ] as const) {
        const seen = (await graphql(url, query, { token: tokens[role] })).data!.levelTwoReferrals.edges as { node: { authority: string } }[];
        expect(seen.length).toBeGreaterThan(0);
        expect(seen.every((edge) => edge.node.authority === authority)).toBe(true);
        expect(seen.length).toBe(all.filter((edge) => edge.node.authority === authority).length);
      }
    }
  });
});

/**
 * Every scoped cell, asked for a record outside the token's scope by each entry point: the root
 * field, the nested field through the gateway, and `_entities` with the key only, straight to the
 * owning subgraph (no vouching). Each role the cell scopes gets a token scoped elsewhere (Licking
 * county, the Licking NF, the Franklin psychiatric hospital) and must get nothing: no value but
 * `__typename`, nulls and empty lists, and never FORBIDDEN (which would tell the record exists).
 * The Level II authorities' scope is their referral assignment; person 2's review is dual (both
 * authorities'), so theirs is asked in test/red-team/nested-scope.test.ts on a single-authority case.
 */
describe("every scoped cell, for a record out of scope, by every entry point", () => {
  // Registered facilities with no demo records, and organisations of their own (an organisation that filed a record is related to it).
  const lickingNf = "0193a000-0000-7000-8000-00000000f105";
  const franklinHospital = "0193a000-0000-7000-8000-00000000f103";
  const outsiders: Partial<Record<Role, () => Promise<string>>> = {
    PAA: () => hub.token({ role: "PAA", counties: ["Licking"], organisationId: "outsider-paa" }),
    NURSING_FACILITY: () => hub.token({ role: "NURSING_FACILITY", facilityIds: [lickingNf], organisationId: "outsider-nf" }),
    HOSPITAL: () => hub.token({ role: "HOSPITAL", facilityIds: [franklinHospital], organisationId: "outsider-hospital" }),
  };
  /**
   * Cells about a facility, which is public registry data: outside the scope they answer FORBIDDEN
   * (census.access.ts), which tells nothing the registry does not; everything else answers as missing.
   */
  const aboutPublicFacility = new Set(["Facility.census", "Facility.residents", "Facility.imdShare", "Mutation.recordCensusEvent"]);
  /** True when a value holds nothing but `__typename`s, nulls and empty lists. */
  const isNothing = (value: unknown): boolean =>
    value === null ||
    value === undefined ||
    (Array.isArray(value)
      ? value.every(isNothing)
      : typeof value === "object"
        ? Object.entries(value as object).every(([key, inner]) => key === "__typename" || isNothing(inner))
        : false);
  const scopedRoles = (coordinate: string) =>
    (Object.keys(outsiders) as Role[]).filter((role) => {
      const access = matrixOf(coordinate).roles[role];
      return typeof access === "object" && "scoped" in access;
    });
  const readChecks = [...scopedRootChecks, ...fieldChecks].filter((check) => scopedRoles(check.coordinate).length > 0);

  it("asks every scoped read cell of the matrix (a new scoped cell needs a check here)", () => {
    const scopedReads = subgraphs
      .flatMap(({ matrix }) => Object.keys(matrix))
      .filter((coordinate) => !coordinate.startsWith("Mutation.") && scopedRoles(coordinate).length > 0);
    const asked = new Set(readChecks.map((check) => check.coordinate));
    // Router-only (`@inaccessible`), and a PAA's lookup by identifiers it holds: scoped by the lookup itself.
    const elsewhere = [
      "Facility.currentResidentIds",
      "Query.individualsByIdentifiers",
      "Query.levelOfCareClaimBatch",
      "ClaimBatchCoverage.pasrrFacts",
      "ClaimBatchCoverage.stayFacts",
    ];
    expect(scopedReads.filter((coordinate) => !asked.has(coordinate) && !elsewhere.includes(coordinate))).toEqual([]);
  });

  for (const role of Object.keys(outsiders) as Role[]) {
    it(`${role}: root and nested fields through the gateway, and the same straight to the owner, give nothing`, async () => {
      const token = await outsiders[role]!();
      for (const check of readChecks.filter((c) => scopedRoles(c.coordinate).includes(role))) {
        const alias = check.coordinate.replace(".", "_");
        const direct = (check.direct ?? check.gateway).replace("$person", "$keyOnly");
        const usesPerson = direct.includes("$keyOnly");
        // A representation with @external values is refused unvouched (forged-representations.test.ts): only key-only ones are sent straight.
        const forged = direct.includes("$facility") || direct.includes("$imdReview") || direct.includes("$claimBatch");
        const asks: [string, string, Record<string, unknown>][] = [
          [hub.gatewayUrl!, `query { ${alias}: ${check.gateway} }`, {}],
          ...(forged
            ? []
            : [
                [
                  hub.subgraphs[check.subgraph]!.url,
                  `query${usesPerson ? "($keyOnly: [_Any!]!)" : ""} { ${alias}: ${direct} }`,
                  usesPerson ? { keyOnly: keyOnlyPerson.value } : {},
                ] as [string, string, Record<string, unknown>],
              ]),
        ];
        for (const [url, query, variables] of asks) {
          const answer = await graphql(url, query, { token, variables });
          const where = `${role} ${check.coordinate} at ${url}`;
          if (!aboutPublicFacility.has(check.coordinate)) expect(codesUnder(answer, alias), where).not.toContain("FORBIDDEN");
          expect(isNothing((answer.data as Record<string, unknown> | null | undefined)?.[alias]), `${where}: ${JSON.stringify(answer.data)}`).toBe(true);
        }
      }
    });

    it(`${role}: every scoped write naming records in another scope records nothing`, async () => {
      const token = await outsiders[role]!();
      for (const { name, matrix } of subgraphs) {
        for (const coordinate of Object.keys(matrix).filter((c) => c.startsWith("Mutation.") && scopedRoles(c).includes(role))) {
          const operation = rootOperation(schemas[name], "Mutation", coordinate.slice("Mutation.".length));
          for (const target of ["gateway", "subgraph"] as const) {
            const answer = await graphql(urlOf(target, name), documentOf("mutation", [operation]), { token, variables: operation.variables });
            const where = `${role} ${coordinate} at ${target}`;
            expect(codesUnder(answer, operation.field), where).toContain(aboutPublicFacility.has(coordinate) ? "FORBIDDEN" : "NOT_FOUND");
            expect((answer.data as Record<string, unknown> | null | undefined)?.[operation.field] ?? null, where).toBeNull();
          }
        }
      }
    });
  }
});
