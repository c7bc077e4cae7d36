import { readVar, type Env } from "@pasrr/platform";
import { z } from "zod";

export interface LevelOfCarePolicy {
  /** Days a person has to appeal a denial; IL PAS/MH manual: "within 30 calendar days from the date on the Notice". */
  appealDays: number;
}

export const loadLevelOfCarePolicy = (env: Env): LevelOfCarePolicy => ({
  appealDays: readVar(env, "LOC_APPEAL_DAYS", z.coerce.number().int().min(1).max(365).default(30)),
});
