import { conflict } from "@pasrr/graphql-kit/errors";
import { parseInput } from "@pasrr/graphql-kit/input-validation";
import type { FacilitiesDb } from "../db.ts";
import type { RegisterFacilityInput } from "./facility.input.ts";
import { facilityRegistrationSchema } from "./facility.validation.ts";

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/** Adds a facility to the registry, normalised; a provider number or NPI already registered is a CONFLICT naming the rule. */
export async function registerFacility(db: FacilitiesDb, input: RegisterFacilityInput) {
  const registration = parseInput(facilityRegistrationSchema, input, "input", "FACILITY_REGISTRATION");
  try {
    return await db.facility.create({ data: registration });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("a facility with this provider number or NPI is already registered", { rule: "UNIQUE_PROVIDER_NUMBER" });
    throw error;
  }
}
