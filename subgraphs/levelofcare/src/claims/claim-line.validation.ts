import { badUserInput } from "@pasrr/graphql-kit/errors";
import type { Principal } from "@pasrr/auth/principal";
import { maxDays, periodProblem } from "../coverage/coverage-period.rules.ts";
import type { ClaimLine } from "./claim-lines.rules.ts";

/**
 * One claim line's facility and days, refused as BAD_USER_INPUT on `lines`, naming the line. A
 * facility sees its own residents' days only (facilities hands over only its stays), so every line
 * of a facility names the facility.
 */
export function checkClaimLine(principal: Principal, line: Pick<ClaimLine, "line" | "providerNumber" | "from" | "to">) {
  if (principal.role === "NURSING_FACILITY" && !line.providerNumber)
    throw badUserInput("lines", `line ${line.line}: a nursing facility asks about one of its own facilities`);
  const problem = periodProblem(line.from, line.to);
  if (problem === "TO_BEFORE_FROM") throw badUserInput("lines", `line ${line.line}: to may not be before from`);
  if (problem === "TOO_MANY_DAYS") throw badUserInput("lines", `line ${line.line}: coverage is answered for at most ${maxDays} days at a time`);
}
