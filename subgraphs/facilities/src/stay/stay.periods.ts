import { z } from "zod";
import type { LeavePeriod, PayerPeriod } from "./stay.derivation.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const payers = ["MEDICARE_PART_A", "MEDICAID", "MEDICAID_COPAY", "MANAGED_CARE", "PRIVATE", "HOSPICE"] as const;

const payerPeriods = z.array(z.object({ payer: z.enum(payers), startsOn: day, endsOn: day.nullable() }));
const leavePeriods = z.array(z.object({ kind: z.enum(["HOSPITAL_LEAVE", "LEAVE_OF_ABSENCE"]), leftOn: day, returnedOn: day.nullable() }));

/** The projection's JSON columns, read back through the shapes the derivation wrote. */
export const readPayerPeriods = (json: unknown): PayerPeriod[] => payerPeriods.parse(json);
export const readLeavePeriods = (json: unknown): LeavePeriod[] => leavePeriods.parse(json);
