import { z } from "zod";
import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { matchingForm } from "../matching/name-normalisation.rules.ts";
import { birthDateProblem, normaliseName, stateCodes } from "./individual.rules.ts";

/** Zod at the edge for a person's own fields (issue 3, "Person model"): each problem names its field. */

const text = (label: string, max = 100) =>
  z
    .string()
    .transform(normaliseName)
    .pipe(z.string().min(1, `${label} may not be empty`).max(max, `${label} may be at most ${max} characters`));

/** A name part that must hold at least one letter: "  ", "--" or "." name nobody. */
export const personName = (label: string) => text(label).refine((value) => matchingForm(value) !== "", `${label} may not be empty`);
const optionalText = (label: string, max = 100) =>
  text(label, max)
    .nullish()
    .transform((v) => v || null);
const optionalName = (label: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ? normaliseName(v) : null))
    .pipe(z.string().max(100, `${label} may be at most 100 characters`).nullable())
    .transform((v) => v || null);

/**
 * A name part a partner may not know (issue 21): absent, blank or without a letter ("  ", "--")
 * is missing (null), since partners send blanks for what they lack; a name given is kept as entered.
 */
export const missingOrName = (label: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ? normaliseName(v) : ""))
    .pipe(z.string().max(100, `${label} may be at most 100 characters`))
    .transform((v) => (matchingForm(v) === "" ? null : v));

/** A name given in full: a previous name (matching evidence beside the record's name, README "Enough to identify"), and a search's name parts. */
export const nameSchema = z.object({
  givenName: personName("given name"),
  middleName: optionalName("middle name"),
  familyName: personName("family name"),
  suffix: optionalName("suffix"),
});

export const stateCode = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine((v) => stateCodes.has(v), "must be a USPS state code such as OH");

/**
 * The person's own fields: names, birth date, sex and address (identifiers are checked on their
 * own). Each of the name parts and the birth date may be missing; whether enough is left to
 * identify the person is registration.rules.ts's question, since an identifier counts.
 */
const buildPersonSchema = (today: CalendarDate) =>
  nameSchema.extend({
    givenName: missingOrName("given name"),
    familyName: missingOrName("family name"),
    previousNames: z
      .array(nameSchema)
      .max(10, "at most 10 previous names")
      .nullish()
      .transform((v) => v ?? []),
    // Missing when not known (null); a date given must be possible.
    birthDate: z
      .string()
      .nullish()
      .transform((v) => v || null)
      .superRefine((value, ctx) => {
        const problem = value === null ? undefined : birthDateProblem(value, today);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    sex: z
      .enum(["FEMALE", "MALE", "UNKNOWN"])
      .nullish()
      .transform((v) => v ?? "UNKNOWN"),
    addressLine1: optionalText("address line", 200),
    addressLine2: optionalText("address line", 200),
    city: optionalText("city"),
    postalCode: z
      .string()
      .nullish()
      .transform((v) => v?.trim() || null)
      .refine((v) => v === null || /^\d{5}(-?\d{4})?$/.test(v), "must be a US ZIP code: 5 digits, or ZIP+4")
      .transform((v) => (v && v.length === 9 ? `${v.slice(0, 5)}-${v.slice(5)}` : v)),
    county: text("county"),
    state: stateCode,
    ssnLastFour: z
      .string()
      .nullish()
      .transform((v) => v?.trim() || null)
      .refine((v) => v === null || (/^\d{4}$/.test(v) && v !== "0000"), "must be the last four digits of the SSN (not 0000)"),
  });
export type PersonFields = z.infer<ReturnType<typeof buildPersonSchema>>;

let cached: { today: CalendarDate; schema: ReturnType<typeof buildPersonSchema> } | undefined;

/** The schema for registrations made `today` (built once a day: zod compiles a schema on first use). */
export function personSchema(today: CalendarDate) {
  if (cached?.today !== today) cached = { today, schema: buildPersonSchema(today) };
  return cached.schema;
}
