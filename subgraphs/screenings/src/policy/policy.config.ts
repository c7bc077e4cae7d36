import { z } from "zod";
import { isCalendarDate } from "@pasrr/calendar/calendar-date";
import { readPolicyState } from "@pasrr/calendar/clock-config";
import { readVar, type Env } from "@pasrr/config/env";
import { policyPresets } from "./presets.rules.ts";
import type { PasrrPolicy } from "./policy.model.ts";

const holidayList = z
  .string()
  .transform((text) =>
    text
      .split(",")
      .map((day) => day.trim())
      .filter((day) => day !== ""),
  )
  .pipe(z.array(z.string().refine(isCalendarDate, "must be a comma-separated list of YYYY-MM-DD dates")));

/**
 * The policy the service applies, chosen by configuration:
 * `PASRR_POLICY_STATE` (FEDERAL, OH, CO, IL, MN, CT; default FEDERAL) and
 * `PASRR_STATE_HOLIDAYS` (YYYY-MM-DD, comma-separated): closures excluded from working days on
 * top of the state's public holidays, which the pack's holiday calendar gives for any year.
 */
export function loadPolicy(env: Env): PasrrPolicy {
  const state = readPolicyState(env);
  const holidays = readVar(env, "PASRR_STATE_HOLIDAYS", holidayList.optional());
  const chosen = policyPresets[state];
  return holidays ? { ...chosen, holidays: { value: holidays, source: "PASRR_STATE_HOLIDAYS: closures added to the state's holiday calendar" } } : chosen;
}
