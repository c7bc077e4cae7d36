/**
 * `npm run docs:access`: renders every subgraph's access matrix to docs/access-matrix.md. The
 * test in test/access-matrix.doc.test.ts renders it again and fails when the file differs.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderAccessMatrix } from "@pasrr/devtools/render-matrix";
import { repoRoot } from "@pasrr/config/repo-paths";
import { scopeTargetsOf } from "@pasrr/subgraph-kit/access/scope-guard";
import { buildFacilitiesSchema } from "../subgraphs/facilities/src/schema.ts";
import { facilitiesScopeRules } from "../subgraphs/facilities/src/access/scope.access.ts";
import { buildIndividualsSchema } from "../subgraphs/individuals/src/schema.ts";
import { individualsScopeRules } from "../subgraphs/individuals/src/access/scope.access.ts";
import { buildLevelOfCareSchema } from "../subgraphs/levelofcare/src/schema.ts";
import { levelOfCareScopeRules } from "../subgraphs/levelofcare/src/access/scope.access.ts";
import { buildScreeningsSchema } from "../subgraphs/screenings/src/schema.ts";
import { screeningsScopeRules } from "../subgraphs/screenings/src/access/scope.access.ts";
import { facilitiesAccess } from "../subgraphs/facilities/src/access/matrix.access.ts";
import { individualsAccess, individualsAccessAppendix } from "../subgraphs/individuals/src/access/matrix.access.ts";
import { levelOfCareAccess } from "../subgraphs/levelofcare/src/access/matrix.access.ts";
import { screeningsAccess } from "../subgraphs/screenings/src/access/matrix.access.ts";

export const accessMatrixFile = path.join(repoRoot, "docs", "access-matrix.md");

const services = [
  { service: "individuals", matrix: individualsAccess, rules: individualsScopeRules, build: buildIndividualsSchema, appendix: individualsAccessAppendix },
  { service: "screenings", matrix: screeningsAccess, rules: screeningsScopeRules, build: buildScreeningsSchema },
  { service: "levelofcare", matrix: levelOfCareAccess, rules: levelOfCareScopeRules, build: buildLevelOfCareSchema },
  { service: "facilities", matrix: facilitiesAccess, rules: facilitiesScopeRules, build: buildFacilitiesSchema },
];

/** The page, with each scoped cell's record fact taken from the scope rules its schema is built with. */
export const accessMatrixDocument = async () =>
  renderAccessMatrix(
    await Promise.all(
      services.map(async ({ service, matrix, rules, build, ...rest }) => ({
        service,
        matrix,
        ...rest,
        scopeTargets: scopeTargetsOf(await build(), matrix, rules as never),
      })),
    ),
  );

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(accessMatrixFile, await accessMatrixDocument());
  console.log(`wrote ${path.relative(repoRoot, accessMatrixFile)}`);
}
