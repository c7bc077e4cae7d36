import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { demoFacilities, demoPeople, demoStays } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Clock } from "@pasrr/calendar/clock";
import { loadHistory, toFacts } from "../census/census-event.store.ts";
import type { FacilitiesDb } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { deriveStays } from "../stay/stay.derivation.ts";
import { rebuildStays } from "../stay/stay.projection.ts";
import { demoRegistry } from "./demo-registry.ts";

const [orla, tobias, wren] = demoPeople as [(typeof demoPeople)[0], (typeof demoPeople)[0], (typeof demoPeople)[0]];
const [maple, riverbend, cedar] = demoFacilities as [(typeof demoFacilities)[0], (typeof demoFacilities)[0], (typeof demoFacilities)[0]];
const hospital = "0193a000-0000-7000-8000-00000000f101";
const psychiatric = "0193a000-0000-7000-8000-00000000f103";

type DemoEvent = Omit<Prisma.CensusEventCreateManyInput, "effectiveOn" | "recordedAt" | "recordedByOrganisationId" | "recordedBySubject" | "late"> & { effectiveOn: string };

/**
 * The demo census, as events: Orla and Tobias live where the shared cast says (their admission
 * events carry the cast's stay ids, so the derived stays keep them), Wren's stay ended.
 * Dated relative to today (platform demo/cast.ts): Orla turns Medicaid 39 days ago, Tobias was on
 * hospital leave three weeks ago.
 */
const demoEvents = (today: CalendarDate): DemoEvent[] => {
  const demoStay = demoStays(today);
  const day = (offset: number) => addDays(today, offset);
  return [
    { id: demoStay[0]!.id, individualId: orla.id, facilityId: maple.id, kind: "ADMISSION", effectiveOn: demoStay[0]!.admittedOn, admissionSource: "HOSPITAL_INPATIENT", fromFacilityId: hospital, payer: "MEDICARE_PART_A" },
    { id: "0193a000-0000-7000-8000-00000000c002", individualId: orla.id, facilityId: maple.id, kind: "PAYER_CHANGE", effectiveOn: day(-39), payer: "MEDICAID" },
    { id: demoStay[1]!.id, individualId: tobias.id, facilityId: riverbend.id, kind: "ADMISSION", effectiveOn: demoStay[1]!.admittedOn, admissionSource: "COMMUNITY", payer: "PRIVATE" },
    { id: "0193a000-0000-7000-8000-00000000c004", individualId: tobias.id, facilityId: riverbend.id, kind: "HOSPITAL_LEAVE", effectiveOn: day(-21) },
    { id: "0193a000-0000-7000-8000-00000000c005", individualId: tobias.id, facilityId: riverbend.id, kind: "RETURN", effectiveOn: day(-18) },
    { id: "0193a000-0000-7000-8000-00000000c006", individualId: wren.id, facilityId: cedar.id, kind: "ADMISSION", effectiveOn: day(-204), admissionSource: "PSYCHIATRIC_UNIT", fromFacilityId: psychiatric, payer: "MEDICAID" },
    { id: "0193a000-0000-7000-8000-00000000c007", individualId: wren.id, facilityId: cedar.id, kind: "DISCHARGE", effectiveOn: day(-94), dischargeDestination: "HOME_OR_COMMUNITY" },
  ];
};

/** The demo registry and census; running it again changes nothing. */
export async function seedDemoFacilities(db: FacilitiesDb, clock: Clock): Promise<void> {
  for (const { id, ...facility } of demoRegistry) {
    await db.facility.upsert({ where: { id }, create: { id, ...facility }, update: facility });
  }
  await db.censusEvent.createMany({
    data: demoEvents(clock.today()).map((event) => ({
      ...event,
      effectiveOn: toDbDate(event.effectiveOn),
      // Entered the day it happened, at 10:00 UTC.
      recordedAt: new Date(`${event.effectiveOn}T10:00:00.000Z`),
      recordedByOrganisationId: "demo-seed",
      recordedBySubject: "demo-seed",
      late: false,
    })),
    skipDuplicates: true,
  });
  for (const person of [orla, tobias, wren]) {
    await db.$transaction(async (tx) => {
      const { stays, violation } = deriveStays((await loadHistory(tx, person.id)).map(toFacts));
      if (violation) throw new Error(`demo census for ${person.id} breaks ${violation.rule}`);
      await rebuildStays(tx, person.id, stays);
    });
  }
}
