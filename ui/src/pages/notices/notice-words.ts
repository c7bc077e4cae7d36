import type { LevelTwoAuthority, LevelTwoOutcome, NoticeRecipient } from "../../gql/graphql.ts";

/**
 * A Level II outcome as the notice states the decision (the graph's LevelTwoOutcome, whose values
 * cite CO 8.401.207 A.3 / B.1, IL VII.C–D and MN form B.2–B.6).
 */
export const outcomeInWords: Record<LevelTwoOutcome, string> = {
  ADMISSION_ALLOWED: "Nursing facility services are needed: admission is allowed, with no end date",
  ALLOWED_TIME_LIMITED: "Nursing facility services are needed for a limited time: admission is allowed until the date below, when a Resident Review is due",
  PROVISIONAL: "Provisional admission while the diagnostic assessment is done: a final determination follows by the date below",
  DENIED: "Nursing facility services are not needed: admission is denied and other services are referred",
};

/**
 * Who a notice goes to (CO 8.401.206 E.1–5: the individual and legal representative, the admitting
 * or retaining nursing facility, the attending physician, the discharging hospital; IL VII.E.3.b).
 */
export const recipientInWords: Record<NoticeRecipient, string> = {
  PERSON: "The person evaluated",
  REPRESENTATIVE: "The person's legal representative",
  ADMITTING_NURSING_FACILITY: "The admitting nursing facility",
  DISCHARGING_HOSPITAL: "The discharging hospital",
  ATTENDING_PHYSICIAN: "The attending physician of record",
};

export const authorityInWords: Record<LevelTwoAuthority, string> = {
  MH: "the state mental-health authority",
  DD: "the state developmental-disabilities authority",
};

export const personName = (person: { givenName?: string | null; middleName?: string | null; familyName?: string | null; suffix?: string | null }): string =>
  [person.givenName, person.middleName, person.familyName, person.suffix].filter(Boolean).join(" ") || "(name not held)";
