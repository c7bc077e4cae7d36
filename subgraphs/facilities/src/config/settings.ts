import { z } from "zod";
import { readVar, type Env } from "@pasrr/platform";

/** The facilities service's own configuration, beside the platform's. */
export interface FacilitiesSettings {
  /**
   * A census event entered more than this many days after it happened is accepted and flagged
   * late. Default 7: CO 10 CCR 2505-10 8.401.44 B has discharges reported within one week.
   */
  lateEntryDays: number;
}

export function loadFacilitiesSettings(env: Env): FacilitiesSettings {
  return {
    lateEntryDays: readVar(env, "CENSUS_LATE_ENTRY_DAYS", z.coerce.number().int("must be a whole number of days").min(0).max(365).default(7)),
  };
}
