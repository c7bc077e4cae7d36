import { daysBetween } from "@pasrr/calendar/calendar-date";
import type { PasrrPolicy } from "../policy/policy.model.ts";

/** A stay at a nursing facility, as the facilities service holds it. */
export interface NursingFacilityStay {
  admittedOn: string;
  dischargedOn: string | null;
  /** The stay ended with a discharge to a hospital or psychiatric hospital. */
  leftForHospital: boolean;
}

/** The person's last NF residence before an admission: how long it lasted, and how long they were away since. */
export interface PriorResidence {
  residedDays: number;
  absentDays: number;
}

/**
 * The last NF residence that ended on or before `admittedOn`. A residence runs on through a
 * transfer (the next stay begins the day the last ended) and through a hospital stay after which
 * the person came back to a NF (IL IV.H.1–2: an acute care transfer and an inter-facility
 * transfer "with or without an intervening hospital stay" need no new PAS); only the days in a NF
 * count as residing there. Null when the person has no earlier NF stay.
 */
export function priorResidence(stays: readonly NursingFacilityStay[], admittedOn: string): PriorResidence | null {
  const ended = stays
    .filter(
      (stay): stay is NursingFacilityStay & { dischargedOn: string } =>
        stay.dischargedOn !== null && stay.dischargedOn <= admittedOn && stay.admittedOn < admittedOn,
    )
    .sort((a, b) => b.dischargedOn.localeCompare(a.dischargedOn));
  const last = ended[0];
  if (!last) return null;
  let residedDays = daysBetween(last.admittedOn, last.dischargedOn);
  let start = last.admittedOn;
  for (const stay of ended.slice(1)) {
    const continues = stay.dischargedOn === start || (stay.leftForHospital && stay.dischargedOn <= start);
    if (!continues) break;
    residedDays += daysBetween(stay.admittedOn, stay.dischargedOn);
    start = stay.admittedOn;
  }
  return { residedDays, absentDays: daysBetween(last.dischargedOn, admittedOn) };
}

/**
 * IL manual IV.H.3, Re-admission: "A person who has resided in a nursing facility for at least
 * 60 days, and is returning to a facility after an absence of not more than 60 days, may be
 * readmitted without a PAS/MH assessment." Elsewhere a PAS is good for one admission (OH guide),
 * so every re-admission from the community needs a new one.
 */
export function readmittedWithoutNewPas(
  prior: PriorResidence | null,
  policy: Pick<PasrrPolicy, "readmissionMinimumStayDays" | "readmissionMaximumAbsenceDays">,
): boolean {
  const minimumStay = policy.readmissionMinimumStayDays.value;
  const maximumAbsence = policy.readmissionMaximumAbsenceDays.value;
  if (prior === null || minimumStay === null || maximumAbsence === null) return false;
  return prior.residedDays >= minimumStay && prior.absentDays <= maximumAbsence;
}
