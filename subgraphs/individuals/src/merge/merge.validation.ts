import { z } from "zod";
import { reason, recordId } from "../individuals.validation.ts";

/** A merge names two different records and why. */
export const mergeSchema = z
  .object({ survivorId: recordId, mergedId: recordId, reason })
  .refine((args) => args.survivorId !== args.mergedId, { path: ["mergedId"], message: "must be another record than survivorId" });

/** An unmerge names the record merged by mistake and why. */
export const unmergeSchema = z.object({ mergedId: recordId, reason });
