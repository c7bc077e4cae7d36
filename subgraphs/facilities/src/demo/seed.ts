import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { demoFacilities, demoHospital, demoPeople, demoStays } from "@pasrr/devtools/demo-cast";
import { toDbDate } from "@pasrr/graphql-kit/scalars";
import type { Clock } from "@pasrr/calendar/clock";
import { loadHistory, toFacts } from "../census/census-event.store.ts";
import type { FacilitiesDb } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { deriveStays } from "../stay/stay-derivation.rules.ts";
import { rebuildStays } from "../stay/stay.store.ts";
import type { FacilityRegistration } from "../facility/facility.validation.ts";

/** Registry details of the shared demo cast's facilities (invented, like the cast). */
const castDetails: Record<string, Omit<FacilityRegistration, "providerNumber" | "name" | "county" | "state" | "region">> = {
  "DEMO-NF-0001": {
    npi: "1640000018",
    type: "NURSING_FACILITY",
    addressLine: "410 Maple Terrace Dr",
    city: "Cincinnati",
    postalCode: "45202",
    medicaidCertified: true,
    certifiedBeds: 120,
  },
  "DEMO-NF-0002": {
    npi: "1640000026",
    type: "NURSING_FACILITY",
    addressLine: "88 Riverbend Rd",
    city: "Hamilton",
    postalCode: "45011",
    medicaidCertified: true,
    certifiedBeds: 96,
  },
  "DEMO-NF-0003": {
    npi: "1640000034",
    type: "NURSING_FACILITY",
    addressLine: "1200 Cedar Hollow Way",
    city: "Columbus",
    postalCode: "43215",
    medicaidCertified: true,
    certifiedBeds: 150,
  },
};

/**
 * The demo registry: the cast's three nursing facilities plus hospitals, an ICF/IID and more
 * nursing facilities, in six counties of two PAA regions. All invented.
 */
export const demoRegistry: (FacilityRegistration & { id: string })[] = [
  ...demoFacilities.map((facility) => ({ ...facility, ...castDetails[facility.providerNumber]! })),
  {
    ...demoHospital,
    npi: "1640000117",
    type: "HOSPITAL",
    addressLine: "2 Mercy Plaza",
    city: "Cincinnati",
    postalCode: "45219",
    medicaidCertified: true,
    certifiedBeds: 310,
  },
  {
    id: "0193a000-0000-7000-8000-00000000f102",
    providerNumber: "DEMO-NF-0102",
    npi: "1640000125",
    name: "Clermont Meadows Nursing Center",
    type: "NURSING_FACILITY",
    addressLine: "55 Meadow Ln",
    city: "Batavia",
    postalCode: "45103",
    county: "Clermont",
    state: "OH",
    region: "Region 1",
    medicaidCertified: true,
    certifiedBeds: 80,
  },
  {
    id: "0193a000-0000-7000-8000-00000000f103",
    providerNumber: "DEMO-PSY-0103",
    npi: "1640000133",
    name: "Scioto Behavioral Health Hospital",
    type: "PSYCHIATRIC_HOSPITAL",
    addressLine: "900 Scioto Ave",
    city: "Columbus",
    postalCode: "43206",
    county: "Franklin",
    state: "OH",
    region: "Region 2",
    medicaidCertified: true,
    certifiedBeds: 64,
  },
  {
    id: "0193a000-0000-7000-8000-00000000f104",
    providerNumber: "DEMO-ICF-0104",
    npi: "1640000141",
    name: "Delaware Oaks ICF/IID",
    type: "ICF_IID",
    addressLine: "17 Oak Grove Ct",
    city: "Delaware",
    postalCode: "43015",
    county: "Delaware",
    state: "OH",
    region: "Region 2",
    medicaidCertified: true,
    certifiedBeds: 16,
  },
  {
    id: "0193a000-0000-7000-8000-00000000f105",
    providerNumber: "DEMO-NF-0105",
    npi: "1640000158",
    name: "Licking Valley Care Residence",
    type: "NURSING_FACILITY",
    addressLine: "3 Valley View Rd",
    city: "Newark",
    postalCode: "43055",
    county: "Licking",
    state: "OH",
    region: "Region 2",
    medicaidCertified: false,
    certifiedBeds: 40,
  },
];

const [orla, tobias, wren, ysolde] = demoPeople as [(typeof demoPeople)[0], (typeof demoPeople)[0], (typeof demoPeople)[0], (typeof demoPeople)[0]];
const [maple, riverbend, cedar] = demoFacilities as [(typeof demoFacilities)[0], (typeof demoFacilities)[0], (typeof demoFacilities)[0]];
const hospital = demoHospital.id;
const psychiatric = "0193a000-0000-7000-8000-00000000f103";

type DemoEvent = Omit<Prisma.CensusEventCreateManyInput, "effectiveOn" | "recordedAt" | "recordedByOrganisationId" | "recordedBySubject" | "late"> & {
  effectiveOn: string;
};

/**
 * The demo census, as events: Orla and Tobias live where the shared cast says (their admission
 * events carry the cast's stay ids, so the derived stays keep them), Wren's stay ended.
 * Dated relative to today (platform demo/cast.ts): Orla turns Medicaid 39 days ago, Tobias was on
 * hospital leave three weeks ago; Ysolde has lived at Orla's facility on Medicaid for five months.
 */
const demoEvents = (today: CalendarDate): DemoEvent[] => {
  const demoStay = demoStays(today);
  const day = (offset: number) => addDays(today, offset);
  return [
    {
      id: demoStay[0]!.id,
      individualId: orla.id,
      facilityId: maple.id,
      kind: "ADMISSION",
      effectiveOn: demoStay[0]!.admittedOn,
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: hospital,
      payer: "MEDICARE_PART_A",
    },
    { id: "0193a000-0000-7000-8000-00000000c002", individualId: orla.id, facilityId: maple.id, kind: "PAYER_CHANGE", effectiveOn: day(-39), payer: "MEDICAID" },
    {
      id: demoStay[1]!.id,
      individualId: tobias.id,
      facilityId: riverbend.id,
      kind: "ADMISSION",
      effectiveOn: demoStay[1]!.admittedOn,
      admissionSource: "COMMUNITY",
      payer: "PRIVATE",
    },
    { id: "0193a000-0000-7000-8000-00000000c004", individualId: tobias.id, facilityId: riverbend.id, kind: "HOSPITAL_LEAVE", effectiveOn: day(-21) },
    { id: "0193a000-0000-7000-8000-00000000c005", individualId: tobias.id, facilityId: riverbend.id, kind: "RETURN", effectiveOn: day(-18) },
    {
      id: demoStay[2]!.id,
      individualId: ysolde.id,
      facilityId: maple.id,
      kind: "ADMISSION",
      effectiveOn: demoStay[2]!.admittedOn,
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: hospital,
      payer: "MEDICAID",
    },
    {
      id: "0193a000-0000-7000-8000-00000000c006",
      individualId: wren.id,
      facilityId: cedar.id,
      kind: "ADMISSION",
      effectiveOn: day(-204),
      admissionSource: "PSYCHIATRIC_UNIT",
      fromFacilityId: psychiatric,
      payer: "MEDICAID",
    },
    {
      id: "0193a000-0000-7000-8000-00000000c007",
      individualId: wren.id,
      facilityId: cedar.id,
      kind: "DISCHARGE",
      effectiveOn: day(-94),
      dischargeDestination: "HOME_OR_COMMUNITY",
    },
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
  for (const person of [orla, tobias, wren, ysolde]) {
    await db.$transaction(async (tx) => {
      const { stays, violation } = deriveStays((await loadHistory(tx, person.id)).map(toFacts));
      if (violation) throw new Error(`demo census for ${person.id} breaks ${violation.rule}`);
      await rebuildStays(tx, person.id, stays);
    });
  }
}
