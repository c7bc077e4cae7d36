import { z } from "zod";
import { readPolicyState } from "@pasrr/calendar/clock-config";
import { readVar, type Env } from "@pasrr/config/env";
import type { NursingFacilityCorrections } from "./census/census.rules.ts";
import type { RelaySettings } from "./census-feed/outbox-relay.services.ts";
import type { RetentionSettings } from "./census-feed/outbox-retention.services.ts";

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
  /**
   * The census feed (census-feed/): the relay's poll, lease, backoff and tries, how long a delivery
   * may take, and how long delivered facts are kept.
   */
  censusFeed: CensusFeedSettings;
}

export type CensusFeedSettings = RelaySettings & RetentionSettings & { deliveryTimeoutMs: number };

/** A lease outlives the delivery it covers, or a second relay would take the row over while the first still waits for its answer. */
function loadCensusFeedSettings(env: Env): CensusFeedSettings {
  const deliveryTimeoutMs = readVar(env, "CENSUS_FEED_DELIVERY_TIMEOUT_MS", milliseconds(10_000));
  const leaseMs = readVar(
    env,
    "CENSUS_FEED_LEASE_MS",
    milliseconds(60_000).refine((lease) => lease > deliveryTimeoutMs, `must exceed CENSUS_FEED_DELIVERY_TIMEOUT_MS (${deliveryTimeoutMs})`),
  );
  return {
    pollMs: readVar(env, "CENSUS_FEED_POLL_MS", milliseconds(5_000)),
    retryBaseMs: readVar(env, "CENSUS_FEED_RETRY_BASE_MS", milliseconds(1_000)),
    retryMaxMs: readVar(env, "CENSUS_FEED_RETRY_MAX_MS", milliseconds(300_000)),
    maxAttempts: readVar(env, "CENSUS_FEED_MAX_ATTEMPTS", z.coerce.number().int("must be a whole number of tries").min(1).max(100_000).default(20)),
    leaseMs,
    deliveryTimeoutMs,
    retentionDays: readVar(env, "CENSUS_FEED_RETENTION_DAYS", z.coerce.number().int("must be a whole number of days").min(1).max(3650).default(30)),
  };
}

export function loadFacilitiesSettings(env: Env): FacilitiesSettings {
  return {
    lateEntryDays: readVar(env, "CENSUS_LATE_ENTRY_DAYS", z.coerce.number().int("must be a whole number of days").min(0).max(365).default(7)),
    nursingFacilityCorrections: readPolicyState(env) === "CT" ? "CURRENT_ADMISSION_DATE" : "ANY",
    censusFeed: loadCensusFeedSettings(env),
  };
}
