import { hubError } from "@pasrr/graphql-kit/errors";
import type { z } from "zod";

/** BAD_USER_INPUT naming both the input field and the rule it breaks. */
export const refusedInput = (field: string, rule: string, why: string) => hubError("BAD_USER_INPUT", `${field}: ${why}`, { field, rule });

/** The first problem zod found, as BAD_USER_INPUT naming the input path and the rule (an issue's `params.rule`, else `fallbackRule`). */
export function firstIssue(error: z.ZodError, prefix: string, fallbackRule: string) {
  const issue = error.issues[0];
  const params = issue && "params" in issue ? (issue.params as { rule?: unknown } | undefined) : undefined;
  const rule = typeof params?.rule === "string" ? params.rule : fallbackRule;
  return refusedInput([prefix, ...(issue?.path ?? [])].join("."), rule, issue?.message ?? "is not valid");
}
