import { z } from "zod";
import { isNpi } from "./facility.rules.ts";

const text = (label: string, max: number) =>
  z
    .string()
    .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, `${label} may not be empty`).max(max, `${label} may be at most ${max} characters`));

/** A facility for the registry, after normalisation; GraphQL checks types, this checks the rules. */
export const facilityRegistrationSchema = z.object({
  providerNumber: z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9-]{1,20}$/, "must be 1–20 letters, digits or hyphens")),
  npi: z
    .string()
    .trim()
    .refine(isNpi, "must be a 10-digit NPI with a valid check digit")
    .nullish()
    .transform((value) => value ?? null),
  name: text("name", 200),
  type: z.enum(["NURSING_FACILITY", "ICF_IID", "HOSPITAL", "PSYCHIATRIC_HOSPITAL"]),
  addressLine: text("address", 200),
  city: text("city", 100),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, "must be a ZIP code (12345 or 12345-6789)"),
  county: text("county", 100),
  state: z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, "must be a USPS state code such as OH")),
  region: text("region", 100),
  medicaidCertified: z.boolean(),
  certifiedBeds: z.number().int().min(0, "may not be negative").max(5000, "may be at most 5000"),
});
export type FacilityRegistration = z.infer<typeof facilityRegistrationSchema>;
