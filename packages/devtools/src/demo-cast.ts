import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";

/**
 * The synthetic demo cast shared by every subgraph's seed, so that one person's records line
 * up across services after `npm start`. Everything here is invented: the names are made up,
 * the SSNs use the 9xx area that the SSA never issues, and the Medicaid IDs carry a DEMO prefix.
 */
export interface DemoPerson {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  county: string;
  state: string;
}

export interface DemoFacility {
  id: string;
  providerNumber: string;
  name: string;
  county: string;
  state: string;
  region: string;
}

export const demoFacilities: DemoFacility[] = [
  {
    id: "0193a000-0000-7000-8000-00000000f001",
    providerNumber: "DEMO-NF-0001",
    name: "Maple Terrace Care Center",
    county: "Hamilton",
    state: "OH",
    region: "Region 1",
  },
  {
    id: "0193a000-0000-7000-8000-00000000f002",
    providerNumber: "DEMO-NF-0002",
    name: "Riverbend Nursing and Rehabilitation",
    county: "Butler",
    state: "OH",
    region: "Region 1",
  },
  {
    id: "0193a000-0000-7000-8000-00000000f003",
    providerNumber: "DEMO-NF-0003",
    name: "Cedar Hollow Health Campus",
    county: "Franklin",
    state: "OH",
    region: "Region 2",
  },
];

/** The demo registry's hospital (its registry entry: subgraphs/facilities/src/demo/seed.ts). */
export const demoHospital: DemoFacility = {
  id: "0193a000-0000-7000-8000-00000000f101",
  providerNumber: "DEMO-HOSP-0101",
  name: "Mercy Hamilton General Hospital",
  county: "Hamilton",
  state: "OH",
  region: "Region 1",
};

export const demoPeople: DemoPerson[] = [
  { id: "0193a000-0000-7000-8000-000000000001", givenName: "Orla", familyName: "Quenneville", birthDate: "1941-04-17", county: "Hamilton", state: "OH" },
  { id: "0193a000-0000-7000-8000-000000000002", givenName: "Tobias", familyName: "Marchetti-Lund", birthDate: "1950-11-02", county: "Butler", state: "OH" },
  { id: "0193a000-0000-7000-8000-000000000003", givenName: "Wren", familyName: "Abernathy-Soto", birthDate: "1937-08-29", county: "Franklin", state: "OH" },
  { id: "0193a000-0000-7000-8000-000000000004", givenName: "Ysolde", familyName: "Brannigan-Okafor", birthDate: "1946-02-11", county: "Hamilton", state: "OH" },
];

/**
 * A registration the individuals seed sends through the real duplicate check 12 days ago: a
 * discharge planner's spelling of the fourth demo person, without identifiers, which scores as a
 * POSSIBLE_DUPLICATE and waits in the duplicate-review queue. Invented like the cast.
 */
export const demoDuplicateRegistration = { givenName: "Ysolde", familyName: "Brannigan", birthDate: "1946-02-11", county: "Hamilton", state: "OH" };

/**
 * Who is where in the demo: the first two people live in the first two facilities. Dates are
 * days before the clock's today, so the story (a covered LOC, a stay with leave) reads the same
 * whatever day the hub starts; the seeds and the partner guides use these same offsets.
 */
export const demoStays = (today: CalendarDate) => [
  { id: "0193a000-0000-7000-8000-00000000a001", individualId: demoPeople[0]!.id, facilityId: demoFacilities[0]!.id, admittedOn: addDays(today, -69) },
  { id: "0193a000-0000-7000-8000-00000000a002", individualId: demoPeople[1]!.id, facilityId: demoFacilities[1]!.id, admittedOn: addDays(today, -50) },
  { id: "0193a000-0000-7000-8000-00000000a004", individualId: demoPeople[3]!.id, facilityId: demoFacilities[0]!.id, admittedOn: addDays(today, -150) },
];

/** The n-th (0-based) demo person's Ohio Medicaid ID: 9999000000 and two digits, plainly synthetic. */
export const demoMedicaidId = (n: number) => `9999000000${String(n + 1).padStart(2, "0")}`;

/**
 * Each demo person with the story the seeds tell about them, in words a newcomer can pick an
 * example by (the start output and README's cheat sheet print these; no names, which are PHI in form).
 */
export const demoCast: { person: DemoPerson; story: string }[] = [
  "resident of DEMO-NF-0001 since 69 days ago (from the hospital), Medicaid from 39 days ago, LOC approved",
  "resident of DEMO-NF-0002 since 50 days ago, dual Level II (MH and DD) determined, hospital leave 3 weeks ago, a significant change 5 days ago (Resident Review due)",
  "discharged from DEMO-NF-0003 94 days ago, a mental-illness Level II referral open",
  "resident of DEMO-NF-0001 since 150 days ago, primary SMI (Level II), LOC superseded 20 days ago (asOf before that differs), a significant change 20 days ago (Resident Review overdue); a possible duplicate waits",
].map((story, n) => ({ person: demoPeople[n]!, story }));

/**
 * When the demo says a record reached the hub on `day`: mid-morning in Ohio (15:00 UTC), inside
 * that day in every US time zone. The seeds write recordedAt / submittedAt / determinedAt with
 * it, so `asOf` reads see the records arrive over the past months, not all at seed time.
 */
export const demoRecordedAt = (day: CalendarDate): Date => new Date(`${day}T15:00:00.000Z`);
