import { z } from "zod";
import { isCalendarDate, isTimeZone } from "./calendar-date.ts";
import { fixedClock, systemClock, type Clock } from "./clock.ts";
import { policyStates, stateTimeZones, type PolicyState } from "./state-time-zones.ts";
import { ConfigError } from "@pasrr/config/config-error";
import { readVar, type Env, type RuntimeMode } from "@pasrr/config/env";

/** The state whose policy pack every service applies (`PASRR_POLICY_STATE`, default FEDERAL): one reading for all. */
export const readPolicyState = (env: Env): PolicyState => readVar(env, "PASRR_POLICY_STATE", z.enum(policyStates).default("FEDERAL"));

/**
 * The hub's clock, built the same way by the gateway and all four subgraphs:
 * - `PASRR_POLICY_STATE` chooses the state, whose zone (calendar/state-time-zones.ts) decides today;
 * - `HUB_TIME_ZONE` (an IANA zone) overrides that zone;
 * - `HUB_TODAY=YYYY-MM-DD` pins today for demos and tests; production refuses it, because a
 *   pinned date there would judge every deadline against the wrong day.
 */
export function loadClock(env: Env, mode: RuntimeMode): Clock {
  const state = readPolicyState(env);
  const timeZone = readVar(
    env,
    "HUB_TIME_ZONE",
    z.string().refine(isTimeZone, "must be an IANA time zone such as America/New_York").default(stateTimeZones[state]),
  );
  const today = readVar(env, "HUB_TODAY", z.string().refine(isCalendarDate, "must be a date written YYYY-MM-DD").optional());
  if (today === undefined) return systemClock(timeZone);
  if (mode === "production") throw new ConfigError("HUB_TODAY", "pins today for demos and tests and is refused in production (NODE_ENV=production)");
  return fixedClock(today, timeZone);
}
