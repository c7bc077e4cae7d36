import { z } from "zod";
import { badUserInput } from "@pasrr/graphql-kit/errors";
import { isRecordId } from "@pasrr/graphql-kit/ids";

/**
 * Zod at the edge for the mutations' arguments: a refusal is BAD_USER_INPUT naming the argument
 * path (`input.decision.candidateId`), before anything touches the database.
 */
export function parseArguments<T>(schema: z.ZodType<T>, value: unknown, argument?: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw badUserInput([...(argument ? [argument] : []), ...issue.path].join("."), issue.message);
}

/** Why a person changed a record: required, kept in history. */
export const reason = z
  .string()
  .transform((v) => v.trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "may not be empty").max(500, "may be at most 500 characters"));

/** An id the hub gave out, lower-cased. */
export const recordId = z.string().refine(isRecordId, "is not an id the hub gave out").transform((v) => v.toLowerCase());
