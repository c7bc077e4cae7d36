import { badUserInput } from "@pasrr/graphql-kit/errors";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import type { Principal } from "@pasrr/auth/principal";
import { maxDays, periodProblem } from "./coverage-period.rules.ts";

/**
 * The arguments of a question about one person's days (`levelOfCareCoverage`, `coverageExplanation`),
 * refused as BAD_USER_INPUT naming the argument. A facility sees its own residents' coverage only:
 * facilities hands levelofcare only the stays at the caller's facilities, so days at any other
 * facility read NOT_AT_FACILITY; it must name one of its own.
 */
export function checkCoverageQuestion(principal: Principal, question: { from: CalendarDate; to: CalendarDate; providerNumber?: string | null }, answer: "answered" | "explained") {
  const problem = periodProblem(question.from, question.to);
  if (problem === "TO_BEFORE_FROM") throw badUserInput("to", "may not be before from");
  if (problem === "TOO_MANY_DAYS") throw badUserInput("to", `coverage is ${answer} for at most ${maxDays} days at a time`);
  if (principal.role === "NURSING_FACILITY" && !question.providerNumber) throw badUserInput("providerNumber", "a nursing facility asks about one of its own facilities");
}
