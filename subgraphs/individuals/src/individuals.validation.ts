import { z } from "zod";
import { isRecordId } from "@pasrr/graphql-kit/ids";

/** Why a person changed a record: required, kept in history. */
export const reason = z
  .string()
  .transform((v) => v.trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "may not be empty").max(500, "may be at most 500 characters"));

/** An id the hub gave out, lower-cased. */
export const recordId = z
  .string()
  .refine(isRecordId, "is not an id the hub gave out")
  .transform((v) => v.toLowerCase());
