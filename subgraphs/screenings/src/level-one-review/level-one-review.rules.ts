import type { LevelOneReviewStatus } from "../generated/prisma/enums.ts";

const oh = "oh-coa-pre-admission-review.txt";
const il = "il-pas-mh-contractor-manual.txt";

/** What a PAA may decide on reviewing a Level I. */
export type ReviewDecision = "CONFIRMED" | "RETURNED_INCOMPLETE";

export const reviewSources = {
  // OH guide, "PAS Review Results letter": a screen alone is not a PAS; it must be processed by a PAA.
  confirmed: `${oh}: "It is not enough to have just a PAS/RR screen … there must be a Review Results letter showing it was processed by a PAA"`,
  // IL manual, IV.3: "If the information is incomplete or invalid the PAS agent is responsible for amending/gathering the information".
  returned: `${il}, IV.3: the reviewing agent completes, reviews and corrects the Level I; incomplete or invalid information is gathered before a determination`,
} as const;

/**
 * Why this review may not be recorded (a CONFLICT), or null. A screen is reviewed once: a
 * confirmed screen has its review results issued (OH guide) and is final; a returned one may be
 * confirmed once the missing information is in (IL manual, IV.3), not returned twice.
 */
export function reviewTransitionRefusal(current: LevelOneReviewStatus, decision: ReviewDecision): string | null {
  if (current === "CONFIRMED") return "this screen's review is final: it was already confirmed";
  if (current === "RETURNED_INCOMPLETE" && decision === "RETURNED_INCOMPLETE") return "this screen was already returned as incomplete; confirm it once completed";
  return null;
}

/** Why the review's facts do not hold (a BAD_USER_INPUT naming the field), or null. */
export function reviewInputProblem(review: { decision: ReviewDecision; reviewedOn: string; findings: string | null }, screenedOn: string): { field: string; message: string } | null {
  if (review.reviewedOn < screenedOn) return { field: "input.reviewedOn", message: "may not precede the screen" };
  // IL manual, IV.3-4: the agent reports its findings; a returned screen must say what is missing or invalid.
  if (review.decision === "RETURNED_INCOMPLETE" && !review.findings) return { field: "input.findings", message: "must say what is incomplete or invalid when a screen is returned" };
  return null;
}
