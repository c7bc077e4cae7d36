import type { z } from "zod";
import { badUserInput, hubError } from "./errors.ts";

/**
 * Turns a GraphQL input into checked values at the edge, before anything touches the database:
 * the first problem zod finds becomes BAD_USER_INPUT naming its input path (`input.decision.candidateId`).
 * A schema may name the rule an input breaks (a refinement's `params.rule`); the error then carries
 * it as `extensions.rule`, so a client can tell which rule refused, not only which field.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, root = "input", fallbackRule?: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw inputProblem(parsed.error, root, fallbackRule);
}

/** The first issue of a zod error as BAD_USER_INPUT under `root` (`""` for none), with its rule when it names one. */
export function inputProblem(error: z.ZodError, root: string, fallbackRule?: string) {
  const issue = error.issues[0];
  const field = [...(root ? [root] : []), ...(issue?.path ?? []).map(String)].join(".");
  const why = issue?.message ?? "is not valid";
  const params = issue && "params" in issue ? (issue.params as { rule?: unknown } | undefined) : undefined;
  const rule = typeof params?.rule === "string" ? params.rule : fallbackRule;
  return rule === undefined ? badUserInput(field, why) : refusedInput(field, rule, why);
}

/** BAD_USER_INPUT naming both the input field and the rule it breaks. */
export const refusedInput = (field: string, rule: string, why: string) => hubError("BAD_USER_INPUT", `${field}: ${why}`, { field, rule });
