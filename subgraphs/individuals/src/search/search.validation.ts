import { z } from "zod";
import { missingOrName } from "../individual/individual.validation.ts";

/** What a search may be by: a family name, a birth date or an identifier (a given name only narrows). */
export const criteriaSchema = z
  .object({
    // A blank name part is a part not asked about, as in a registration (issue 21).
    givenName: missingOrName("given name"),
    familyName: missingOrName("family name"),
    birthDate: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
    hasIdentifier: z.boolean(),
  })
  .refine((c) => c.familyName || c.birthDate || c.hasIdentifier, { message: "give a family name, a birth date or an identifier", path: [] });

/** The search's arguments, checked as one object so a problem is named `criteria.<field>`. */
export const searchArguments = z.object({ criteria: criteriaSchema });
