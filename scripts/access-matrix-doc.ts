/**
 * `npm run docs:access`: renders every subgraph's access matrix to docs/access-matrix.md. The
 * test in test/access-matrix.doc.test.ts renders it again and fails when the file differs.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderAccessMatrix, repoRoot } from "@pasrr/platform";
import { facilitiesAccess } from "../subgraphs/facilities/src/access/access-matrix.ts";
import { individualsAccess, individualsAccessAppendix } from "../subgraphs/individuals/src/access/access-matrix.ts";
import { levelOfCareAccess } from "../subgraphs/levelofcare/src/access/access-matrix.ts";
import { screeningsAccess } from "../subgraphs/screenings/src/access/access-matrix.ts";

export const accessMatrixFile = path.join(repoRoot, "docs", "access-matrix.md");

export const accessMatrixDocument = () =>
  renderAccessMatrix([
    { service: "individuals", matrix: individualsAccess, appendix: individualsAccessAppendix },
    { service: "screenings", matrix: screeningsAccess },
    { service: "levelofcare", matrix: levelOfCareAccess },
    { service: "facilities", matrix: facilitiesAccess },
  ]);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(accessMatrixFile, accessMatrixDocument());
  console.log(`wrote ${path.relative(repoRoot, accessMatrixFile)}`);
}
