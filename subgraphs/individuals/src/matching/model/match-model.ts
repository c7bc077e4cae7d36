import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { repoRoot } from "@pasrr/config/repo-paths";
import { fallbackModel } from "./fallback-model.ts";
import { matchModelSchema, type MatchModel } from "./match-model.validation.ts";

/** Where the EM trainer writes its model; found from the repository root, so a bundled service reads the same file. */
export const trainedModelFile = path.join(repoRoot, "subgraphs/individuals/src/matching/model/trained-model.json");

/**
 * A trained match model from its file, validated (a malformed file stops the service rather than
 * silently matching with other weights); the hand-set model when there is no file, unless one is
 * required (INDIVIDUALS_MATCH_MODEL=trained names it, individuals.config.ts).
 */
export function loadMatchModel(file: string = trainedModelFile, options: { required?: boolean } = {}): MatchModel {
  if (!existsSync(file)) {
    if (options.required) throw new Error(`${file} does not exist: train it with npm run train:matching`);
    return fallbackModel;
  }
  const parsed = matchModelSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a match model:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The model pure comparisons default to: the hand-set one, so comparison vectors (and with them
 * training) do not depend on which model happens to be on file. Registration passes the one
 * the configuration chose.
 */
export const matchModel: MatchModel = fallbackModel;
