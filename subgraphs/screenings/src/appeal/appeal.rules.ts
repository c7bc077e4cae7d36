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

/** A decision is taken once, on or after the filing date. */
export function decisionConflict(appeal: { status: AppealStatus }): string | null {
  return appeal.status === "PENDING" ? null : "this appeal has already been decided";
}
