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

export const demoPeople: DemoPerson[] = [
  { id: "0193a000-0000-7000-8000-000000000001", givenName: "Orla", familyName: "Quenneville", birthDate: "1941-04-17", county: "Hamilton", state: "OH" },
  { id: "0193a000-0000-7000-8000-000000000002", givenName: "Tobias", familyName: "Marchetti-Lund", birthDate: "1950-11-02", county: "Butler", state: "OH" },
  { id: "0193a000-0000-7000-8000-000000000003", givenName: "Wren", familyName: "Abernathy-Soto", birthDate: "1937-08-29", county: "Franklin", state: "OH" },
];

/**
 * Who is where in the demo: the first two people live in the first two facilities. Dates are
 * days before the clock's today, so the story (a covered LOC, a stay with leave) reads the same
 * whatever day the hub starts; the seeds and the partner guides use these same offsets.
 */
export const demoStays = (today: CalendarDate) => [
  { id: "0193a000-0000-7000-8000-00000000a001", individualId: demoPeople[0]!.id, facilityId: demoFacilities[0]!.id, admittedOn: addDays(today, -69) },
  { id: "0193a000-0000-7000-8000-00000000a002", individualId: demoPeople[1]!.id, facilityId: demoFacilities[1]!.id, admittedOn: addDays(today, -50) },
];
