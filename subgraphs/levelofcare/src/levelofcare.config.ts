import { readVar, type Env } from "@pasrr/config/env";
import { z } from "zod";

export interface LevelOfCarePolicy {
  /** Days a person has to appeal a denial; IL PAS/MH manual: "within 30 calendar days from the date on the Notice". */
  appealDays: number;
  /**
   * Bed-hold (hospital leave) days paid per calendar year; days beyond need a LOC again (OH COA
   * guide, "Process if a current Nursing Facility resident becomes hospitalized": "A new LOC is not
   * needed unless the individual ... has used their bed-hold days for the year"). No seed gives the
   * number and federal law sets none (42 CFR 483.15(d) leaves it to the state plan): the default,
   * 30, is the hub's placeholder, to be set per state (LOC_BED_HOLD_DAYS_PER_YEAR).
   */
  bedHoldDaysPerYear: number;
}

export const loadLevelOfCarePolicy = (env: Env): LevelOfCarePolicy => ({
  appealDays: readVar(env, "LOC_APPEAL_DAYS", z.coerce.number().int().min(1).max(365).default(30)),
  bedHoldDaysPerYear: readVar(env, "LOC_BED_HOLD_DAYS_PER_YEAR", z.coerce.number().int().min(0).max(366).default(30)),
});
