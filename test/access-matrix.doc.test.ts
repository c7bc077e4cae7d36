import { buildFacilitiesSchema } from "@pasrr/facilities/schema";
import { buildIndividualsSchema } from "@pasrr/individuals/schema";
import { buildLevelOfCareSchema } from "@pasrr/levelofcare/schema";
import { buildScreeningsSchema } from "@pasrr/screenings/schema";
import { everyRole, scoped, type AccessMatrix } from "@pasrr/subgraph-kit/access/access-matrix";
import { fieldsMissingFromMatrix, guardSchemaWithMatrix, rowsMissingFromSchema } from "@pasrr/subgraph-kit/access/matrix-guard";
import { repoRoot } from "@pasrr/config/repo-paths";
import { scopeRule } from "@pasrr/subgraph-kit/access/scope-rules";
import { buildSchema, type GraphQLSchema } from "graphql";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessMatrixDocument, accessMatrixFile } from "../scripts/access-matrix-doc.ts";
import { facilitiesAccess } from "../subgraphs/facilities/src/access/matrix.access.ts";
import { individualsAccess } from "../subgraphs/individuals/src/access/matrix.access.ts";
import { levelOfCareAccess } from "../subgraphs/levelofcare/src/access/matrix.access.ts";
import { screeningsAccess } from "../subgraphs/screenings/src/access/matrix.access.ts";

const subgraphs: [string, () => Promise<GraphQLSchema>, AccessMatrix][] = [
  ["individuals", buildIndividualsSchema, individualsAccess],
  ["screenings", buildScreeningsSchema, screeningsAccess],
  ["levelofcare", buildLevelOfCareSchema, levelOfCareAccess],
  ["facilities", buildFacilitiesSchema, facilitiesAccess],
];

describe("the access matrix is one source", () => {
  it.each(subgraphs)("every root field of %s has a row, and every row names a field", async (_name, build, matrix) => {
    const schema = await build();
    expect(fieldsMissingFromMatrix(schema, matrix)).toEqual([]);
    expect(rowsMissingFromSchema(schema, matrix)).toEqual([]);
  });

  it("a schema with a root field that has no row does not build", () => {
    const schema = buildSchema("type Query { known: String, forgotten: String }");
    const matrix: AccessMatrix = {
      "Query.known": {
        roles: {
          STATE_MEDICAID_AGENCY: "allowed",
          PAA: "denied",
          MH_AUTHORITY: "denied",
          DD_AUTHORITY: "denied",
          MEDICAID_PAYMENT: "denied",
          NURSING_FACILITY: "denied",
          HOSPITAL: "denied",
        },
      },
    };
    expect(() => guardSchemaWithMatrix(schema, matrix, {})).toThrow(/no row for Query\.forgotten/);
  });

  it("a scoped cell without a scope rule for its record does not build", () => {
    const schema = buildSchema("type Record { id: ID } type Query { record: Record }");
    const matrix: AccessMatrix = { "Query.record": { roles: everyRole("denied", { PAA: scoped("COUNTIES") }) } };
    expect(() => guardSchemaWithMatrix(schema, matrix, {})).toThrow(/without a scope rule.*Query\.record \(COUNTIES\)/);
    const ruled = { COUNTIES: { Record: scopeRule("a test fact", () => true) } };
    expect(() => guardSchemaWithMatrix(buildSchema("type Record { id: ID } type Query { record: Record }"), matrix, ruled)).not.toThrow();
  });

  it("every scoped cell of the rendered page states the record fact it is decided from", async () => {
    const page = await accessMatrixDocument();
    const scopedRows = page.split("\n").filter((line) => line.startsWith("| `") && line.includes("scoped: "));
    expect(scopedRows.length).toBeGreaterThan(0);
    for (const row of scopedRows) {
      const scopes = [...new Set([...row.matchAll(/scoped: ([A-Z_]+)/g)].map((m) => m[1]))];
      for (const scope of scopes) expect(row, `${row.slice(0, 60)} states what ${scope} is decided from`).toMatch(new RegExp(`${scope}: [^|]*decided from`));
    }
  });

  it("no resolver lists roles in @Authorized: roles live only in the matrix", async () => {
    const offenders: string[] = [];
    for (const subgraph of ["individuals", "screenings", "levelofcare", "facilities"]) {
      const dir = path.join(repoRoot, "subgraphs", subgraph, "src");
      for (const file of await readdir(dir, { recursive: true })) {
        if (!file.endsWith(".ts") || file.includes("generated")) continue;
        const text = await readFile(path.join(dir, file), "utf8");
        if (/@Authorized\(\s*[^)\s]/.test(text)) offenders.push(`${subgraph}/src/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("docs/access-matrix.md is what npm run docs:access renders from the matrices", async () => {
    const onDisk = await readFile(accessMatrixFile, "utf8");
    expect(onDisk, "docs/access-matrix.md is stale: run npm run docs:access").toBe(await accessMatrixDocument());
  });
});
