import type { CalendarDate } from "@pasrr/calendar/calendar-date";
import { z } from "zod";
import { pastOrToday, recordId } from "../screenings.validation.ts";
import { ResidentEvent } from "./resident-review.type.ts";

/** A census fact about a resident: ids the hub gave out, a day not in the future, a source facility only for a transfer in. */
export const residentEventSchema = (today: CalendarDate) =>
  z
    .object({
      individualId: recordId,
      facilityId: recordId,
      facilityCounty: z.string().nullish(),
      event: z.enum(ResidentEvent),
      occurredOn: pastOrToday(today),
      fromFacilityId: recordId.nullish().transform((id) => id ?? null),
      censusEventId: recordId.nullish().transform((id) => id ?? null),
    })
    .refine((fact) => fact.event === "TRANSFERRED_IN" || fact.fromFacilityId === null, { path: ["fromFacilityId"], message: "is only for TRANSFERRED_IN" });

/** A census fact with its facility's county as the registry holds it (the input's county is ignored). */
export type ResidentFact = Omit<z.infer<ReturnType<typeof residentEventSchema>>, "facilityCounty"> & { facilityCounty: string };
