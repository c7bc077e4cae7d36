/**
 * The IANA time zone whose calendar date is "today" for each policy pack (PASRR_POLICY_STATE).
 * A state spanning two zones takes the zone of its capital and Medicaid agency.
 * FEDERAL has no state: it defaults to America/New_York, where CMS (Baltimore) keeps its
 * calendar; HUB_TIME_ZONE overrides any of these.
 */
export const stateTimeZones = {
  FEDERAL: "America/New_York",
  OH: "America/New_York",
  CT: "America/New_York",
  IL: "America/Chicago",
  MN: "America/Chicago",
  CO: "America/Denver",
} as const;

export type PolicyState = keyof typeof stateTimeZones;
export const policyStates = Object.keys(stateTimeZones) as [PolicyState, ...PolicyState[]];
