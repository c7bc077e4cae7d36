import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { repoRoot } from "@pasrr/config/repo-paths";
import { fallbackModel } from "./fallback-model.ts";
import { matchModelSchema, type MatchModel } from "./match-model.validation.ts";

/** Where the EM trainer writes its model; found from the repository root, so a bundled service reads the same file. */
export const trainedModelFile = path.join(repoRoot, "subgraphs/individuals/src/matching/model/trained-model.json");

/**
 * The match model in force: the trained one when its file exists (validated: a malformed file
 * stops the service rather than silently matching with other weights), else the hand-set one.
 */
export function loadMatchModel(file: string = trainedModelFile): MatchModel {
  if (!existsSync(file)) return fallbackModel;
  const parsed = matchModelSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a match model:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const matchModel: MatchModel = loadMatchModel();
