import { addDays } from "@pasrr/calendar/calendar-date";

/**
 * Appeals of Level II determinations. Level I findings are not appealable (CO 8.401.193 C), so an
 * appeal always names a determination. It must be filed by the deadline on the notice (IL manual,
 * VIII: within 30 days of the denial) and is decided by the state agency, whose final action may
 * overturn an adverse determination (CO 8.401.202 E).
 */
export type AppealStatus = "PENDING" | "UPHELD" | "OVERTURNED";

/** Why an appeal filed on `filedOn` is refused, or null when it may be filed. */
export function filingRefusal(filedOn: string, determination: { determinedOn: string; appealDeadline: string }): string | null {
  if (filedOn < determination.determinedOn) return "may not precede the determination";
  if (filedOn > determination.appealDeadline) return `is after the appeal deadline ${determination.appealDeadline}`;
  return null;
}

/** Only one appeal of a determination is open at a time, and a decided determination stays decided. */
export function filingConflict(existing: { status: AppealStatus }[]): string | null {
  if (existing.some((appeal) => appeal.status === "PENDING")) return "an appeal of this determination is already pending";
  if (existing.some((appeal) => appeal.status !== "PENDING")) return "the state agency has already decided an appeal of this determination";
  return null;
}

export interface DecidedAppeal {
  status: AppealStatus;
  level: number;
  decidedOn: string | null;
}

/** The level a new appeal of a determination takes, with the window it is filed in, or why none may be filed. */
export type NextAppeal = { level: 1 } | { level: 2; from: string; deadline: string } | { refusal: string };

/**
 * IL manual VIII.A–B: the first level (DMH PAS coordinator) is final as to specialized services; if
 * the appeal of a finding that the person does not need NF services is denied, the person may ask
 * HFS for a physician review, "within 30 days of the denial". `secondAppealDays` is the state's
 * window (null: one level only, every other seed). An overturned first appeal leaves nothing to appeal.
 */
export function nextAppeal(
  existing: readonly DecidedAppeal[],
  determination: { needsNursingFacilityServices: boolean },
  secondAppealDays: number | null,
): NextAppeal {
  const conflict = filingConflict(existing.filter((appeal) => appeal.status === "PENDING"));
  if (conflict) return { refusal: conflict };
  if (existing.length === 0) return { level: 1 };
  const first = existing.find((appeal) => appeal.level === 1);
  if (secondAppealDays === null || !first?.decidedOn || existing.some((appeal) => appeal.level >= 2))
    return { refusal: "the state agency has already decided an appeal of this determination" };
  if (first.status !== "UPHELD") return { refusal: "the first appeal overturned the determination; there is nothing left to appeal" };
  if (determination.needsNursingFacilityServices)
    return { refusal: "a second appeal is only for a denial of nursing facility services; the first level is final as to specialized services" };
  return { level: 2, from: first.decidedOn, deadline: addDays(first.decidedOn, secondAppealDays) };
}

/** A decision is taken once, on or after the filing date. */
export function decisionConflict(appeal: { status: AppealStatus }): string | null {
  return appeal.status === "PENDING" ? null : "this appeal has already been decided";
}
