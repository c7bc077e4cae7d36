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
  receivedComplete: `${oh}, "How is the effective date of the PAS determined?": the PAS is effective the day a complete and accurate screen is sent to the PAA; the PAA decides if it was complete`,
} as const;

/**
 * Why this review may not be recorded (a CONFLICT), or null. A screen is reviewed once: a
 * confirmed screen has its review results issued (OH guide) and is final; a returned one may be
 * confirmed once the missing information is in (IL manual, IV.3), not returned twice.
 */
export function reviewTransitionRefusal(current: LevelOneReviewStatus, decision: ReviewDecision): string | null {
  if (current === "CONFIRMED") return "this screen's review is final: it was already confirmed";
  if (current === "RETURNED_INCOMPLETE" && decision === "RETURNED_INCOMPLETE")
    return "this screen was already returned as incomplete; confirm it once completed";
  return null;
}

export interface ReviewFacts {
  decision: ReviewDecision;
  reviewedOn: string;
  findings: string | null;
  /** The day the PAA holds a complete and accurate screen reached it; only on a confirmation. */
  receivedCompleteOn: string | null;
}
/** The screen as the hub holds it: filed on `screenedOn`, returned incomplete on `returnedOn` if ever. */
export interface ReviewedScreen {
  screenedOn: string;
  returnedOn: string | null;
}

/** Why the review's facts do not hold (a BAD_USER_INPUT naming the field), or null. */
export function reviewInputProblem(review: ReviewFacts, screen: ReviewedScreen): { field: string; message: string } | null {
  if (review.reviewedOn < screen.screenedOn) return { field: "input.reviewedOn", message: "may not precede the screen" };
  // IL manual, IV.3-4: the agent reports its findings; a returned screen must say what is missing or invalid.
  if (review.decision === "RETURNED_INCOMPLETE" && !review.findings)
    return { field: "input.findings", message: "must say what is incomplete or invalid when a screen is returned" };
  const received = review.receivedCompleteOn;
  if (received === null) return null;
  if (review.decision !== "CONFIRMED")
    return { field: "input.receivedCompleteOn", message: "is given only when confirming a screen: a returned screen is not complete" };
  if (received > review.reviewedOn) return { field: "input.receivedCompleteOn", message: "may not be after the review that confirms the screen" };
  if (received < screen.screenedOn) return { field: "input.receivedCompleteOn", message: "may not precede the screen" };
  if (screen.returnedOn !== null && received < screen.returnedOn) {
    return { field: "input.receivedCompleteOn", message: `may not precede ${screen.returnedOn}, the day the screen was returned incomplete` };
  }
  return null;
}

/**
 * The day the PAS takes effect, set when the PAA confirms the screen. OH guide, "How is the
 * effective date of the Pre-Admission Screening (PAS) determined?": "the day the submitter sends a
 * 'complete' and 'accurate' PASRR screen … it is up to the PAA to decide" — so the PAA may name the
 * day; otherwise a screen confirmed as filed was complete on its screening date, and one returned
 * incomplete became complete no earlier than the review that confirms it.
 */
export function receivedCompleteOn(review: ReviewFacts, screen: ReviewedScreen): string {
  return review.receivedCompleteOn ?? (screen.returnedOn !== null ? review.reviewedOn : screen.screenedOn);
}

/**
 * The screens awaiting the PAA: not yet reviewed, or returned incomplete and not yet confirmed
 * (IL manual, IV.3: the agent gathers what is missing, then completes the review; the review
 * decision's description: a returned screen "may be confirmed later"). A confirmed one is final.
 */
export const awaitingReview: readonly LevelOneReviewStatus[] = ["NOT_REVIEWED", "RETURNED_INCOMPLETE"];
