import { z } from "zod";
import { agreements, levelsOf, matchFields } from "../agreement.model.ts";

const probability = z.number().gt(0).lte(1);

/** m = P(level | same person), u = P(level | different people) (Fellegi & Sunter 1969). */
const levelProbabilities = z.object({ m: probability, u: probability });

/** Frequencies of name values in matching form (first given name; family name written as one word). */
const frequencies = z.record(z.string().regex(/^[A-Z]+$/), probability);

/**
 * The shape of a match model, trained (src/matching/model/trained-model.json, written by the EM
 * trainer) or hand-set (fallback-model.ts): the prior `lambda` (the share of compared pairs that
 * are one person), m and u per field and level, and optional name frequencies for the term
 * frequency adjustment. A level a model leaves out weighs nothing, like MISSING; a level the
 * field does not have is an error, so a file from another version of the levels is refused.
 */
export const matchModelSchema = z
  .object({
    lambda: probability.lt(1),
    comparisons: z.record(z.enum(matchFields), z.partialRecord(z.enum(agreements), levelProbabilities)),
    termFrequencies: z.object({ GIVEN_NAME: frequencies.optional(), FAMILY_NAME: frequencies.optional() }).optional(),
    provenance: z.record(z.string(), z.unknown()),
  })
  .superRefine((model, ctx) => {
    for (const field of matchFields) {
      const known: readonly string[] = levelsOf[field];
      for (const level of Object.keys(model.comparisons[field])) {
        if (!known.includes(level)) ctx.addIssue({ code: "custom", path: ["comparisons", field, level], message: `${field} has no level ${level}` });
      }
    }
  });

export type MatchModel = z.infer<typeof matchModelSchema>;
