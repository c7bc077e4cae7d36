import { z } from "zod";
import { readPolicyState } from "@pasrr/calendar/clock-config";
import { readVar, type Env } from "@pasrr/config/env";
import type { NursingFacilityCorrections } from "./census/census.rules.ts";
import type { RelaySettings } from "./census-feed/outbox-relay.services.ts";

const milliseconds = (fallback: number) => z.coerce.number().int("must be a whole number of milliseconds").min(10).max(3_600_000).default(fallback);

/** The facilities service's own configuration, beside the platform's. */
export interface FacilitiesSettings {
  /**
   * A census event entered more than this many days after it happened is accepted and flagged
   * late. Default 7: CO 10 CCR 2505-10 8.401.44 B has discharges reported within one week.
   */
  lateEntryDays: number;
  /**
   * What a nursing facility may correct itself, by the policy state (PASRR_POLICY_STATE): CT
   * PathTracker best practice 4 leaves NFs only the current admission date; the other seeds say nothing.
   */
  nursingFacilityCorrections: NursingFacilityCorrections;
  /** The census feed's relay (census-feed/outbox-relay.services.ts): poll interval and retry backoff. */
  censusFeed: RelaySettings;
}

export function loadFacilitiesSettings(env: Env): FacilitiesSettings {
  return {
    lateEntryDays: readVar(env, "CENSUS_LATE_ENTRY_DAYS", z.coerce.number().int("must be a whole number of days").min(0).max(365).default(7)),
    nursingFacilityCorrections: readPolicyState(env) === "CT" ? "CURRENT_ADMISSION_DATE" : "ANY",
    censusFeed: {
      pollMs: readVar(env, "CENSUS_FEED_POLL_MS", milliseconds(5_000)),
      retryBaseMs: readVar(env, "CENSUS_FEED_RETRY_BASE_MS", milliseconds(1_000)),
      retryMaxMs: readVar(env, "CENSUS_FEED_RETRY_MAX_MS", milliseconds(300_000)),
    },
  };
}
