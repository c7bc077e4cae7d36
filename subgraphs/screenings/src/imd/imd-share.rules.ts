/**
 * The IMD share (CO 10 CCR 2505-10 8.401.4): the part of a facility's residents whose PASRR
 * Level II found a primary serious mental illness. MINIMAL, added by issue 4 for the
 * facilities service's IMD review; the Level II issue owns the findings it counts.
 */
export type ImdStatus = "BELOW_NOTICE" | "NOTICE" | "AT_RISK";

/** CO 8.401.44 C: above 40 % the Department is notified. */
export const noticeAbove = 0.4;
/** CO 8.401.42: more than 50 % is the primary criterion; the facility is at serious risk of IMD classification. */
export const atRiskAbove = 0.5;

export function imdStatus(share: number): ImdStatus {
  if (share > atRiskAbove) return "AT_RISK";
  return share > noticeAbove ? "NOTICE" : "BELOW_NOTICE";
}

const rank: Record<ImdStatus, number> = { BELOW_NOTICE: 0, NOTICE: 1, AT_RISK: 2 };
/** Whether a status is at or beyond a threshold (AT_RISK is over the NOTICE threshold too). */
export const reaches = (status: ImdStatus, threshold: ImdStatus) => rank[status] >= rank[threshold];

export interface ImdShareFacts {
  residentCount: number;
  primarySeriousMentalIllnessCount: number;
  share: number;
  status: ImdStatus;
}

/** The share among the residents, from the set of people with a primary-SMI finding. */
export function imdShareOf(residentIds: readonly string[], withPrimarySmi: ReadonlySet<string>): ImdShareFacts {
  const residents = new Set(residentIds);
  const count = [...residents].filter((id) => withPrimarySmi.has(id)).length;
  const share = residents.size === 0 ? 0 : count / residents.size;
  return { residentCount: residents.size, primarySeriousMentalIllnessCount: count, share, status: imdStatus(share) };
}

/**
 * Why the IMD share is not the state's IMD test, or null when it is: IL defines IMD by the residents with
 * mental illness who lack a "medical override" (IL manual, II), a finding the hub does not hold, so an
 * Illinois hub answers no share rather than Colorado's (CO 8.401.42).
 */
export function imdMeasureRefusal(policy: { state: string; imdPrimarySmiShare: { value: boolean; source: string } }): string | null {
  return policy.imdPrimarySmiShare.value
    ? null
    : `the ${policy.state} pack's IMD test is not the primary-SMI share (${policy.imdPrimarySmiShare.source}) [IL-IMD-DEFINITION]`;
}
