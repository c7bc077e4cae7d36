import { demoFacilities } from "@pasrr/devtools/demo-cast";
import type { Ledger } from "./ledger.ts";
import { PartnerRequests } from "./partner-requests.ts";

/**
 * The mixed partner workload of the soak: registrations (state), Level I screens (hospital),
 * a census story per person — admitted to one nursing facility, transferred to a second,
 * discharged — (the NFs), LOC assessments and determinations (PAA) and payment checks. Every
 * census movement gives the facilities census feed a fact to deliver to screenings; half the
 * people come with a hospital exemption, whose Resident Review clock the feed starts at the
 * admission, moves with the transfer and ends at the discharge (verify-census.ts checks it did).
 */
export type Tokens = Record<"state" | "hospital" | "facility" | "paa" | "payment", string>;

/** Where the census story takes place: two demo nursing facilities (the facility token acts for both). */
export const [admittingFacility, receivingFacility] = [demoFacilities[0]!, demoFacilities[1]!];
/** The demo registry's Hamilton hospital (the soak seeds demo data): a hospital token acts only for a facility the registry holds as a hospital. */
export const soakHospitalId = "0193a000-0000-7000-8000-00000000f101";
const area = (score: number) => ({ score, dueTo: score > 0 ? ["Weakness"] : [] });
const meetsLevelOfCare = {
  bathing: area(2),
  dressing: area(2),
  toileting: area(0),
  mobility: area(0),
  transferring: area(0),
  eating: area(0),
  behaviors: area(0),
  memoryCognition: area(0),
};
const noIndications = {
  mentalIllness: { diagnosis: false, intensiveTreatmentWithinTwoYears: false, psychotropicWithoutDiagnosis: false, presentingEvidence: false },
  developmentalDisability: { diagnosis: false, history: false, presentingEvidence: false, referredByDdAgency: false, relatedConditionOnsetBefore22: false },
};
/** A mental illness diagnosis and a physician-certified hospital stay under 30 days: exempt, with a 30-day clock from the admission. */
const hospitalExemption = {
  mentalIllness: { ...noIndications.mentalIllness, diagnosis: true },
  developmentalDisability: noIndications.developmentalDisability,
  request: { kind: "HOSPITAL_EXEMPTION", physicianCertifiedStayUnder30Days: true, expectedStayDays: 20 },
};
const letters = "abcdefghijklmnopqrstuvwxyz";
const syntheticName = () =>
  Array.from({ length: 9 }, (_, i) => (i === 0 ? letters[Math.floor(Math.random() * 26)]!.toUpperCase() : letters[Math.floor(Math.random() * 26)]!)).join("");
const syntheticBirthDate = () =>
  `19${30 + Math.floor(Math.random() * 30)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, "0")}`;

const censusEvent = `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`;
const eventId = (d: any) => d.recordCensusEvent.event.id;

type Stage = "registered" | "screened" | "admitted" | "transferred" | "discharged";
interface Person {
  id: string;
  stage: Stage;
  determined: boolean;
  busy: boolean;
}

export class SoakClient {
  private readonly people: Person[] = [];
  private readonly hub: PartnerRequests;

  constructor(
    gatewayUrl: string,
    private readonly tokens: Tokens,
    private readonly ledger: Ledger,
  ) {
    this.hub = new PartnerRequests(gatewayUrl, ledger);
  }

  /** One step of one client: the next thing a partner would plausibly do. */
  async step(): Promise<void> {
    const free = (test: (person: Person) => boolean) => this.people.find((person) => !person.busy && test(person));
    const roll = Math.random();
    const undetermined = free((person) => person.stage === "admitted" && !person.determined);
    const determined = free((person) => person.stage === "admitted" && person.determined);
    const transferred = free((person) => person.stage === "transferred");
    const screened = free((person) => person.stage === "screened");
    const fresh = free((person) => person.stage === "registered");
    if (roll < 0.12 && this.people.some((person) => person.stage !== "registered" && person.stage !== "screened")) return this.paymentCheck();
    if (roll < 0.27 && undetermined) return this.withPerson(undetermined, () => this.determine(undetermined));
    if (roll < 0.37 && determined) return this.withPerson(determined, () => this.transfer(determined));
    if (roll < 0.47 && transferred) return this.withPerson(transferred, () => this.discharge(transferred));
    if (roll < 0.62 && screened) return this.withPerson(screened, () => this.admit(screened));
    if (roll < 0.77 && fresh) return this.withPerson(fresh, () => this.screen(fresh));
    return this.register();
  }

  private async withPerson(person: Person, work: () => Promise<void>) {
    person.busy = true;
    try {
      await work();
    } finally {
      person.busy = false;
    }
  }

  private async register() {
    const input = { givenName: syntheticName(), familyName: syntheticName(), birthDate: syntheticBirthDate(), county: "Hamilton", state: "OH" };
    const data = await this.hub.write(
      "registration",
      this.tokens.state,
      `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id } } }`,
      { input },
      (d) => d.registerIndividual.individual.id,
    );
    if (data && data.registerIndividual.outcome === "CREATED")
      this.people.push({ id: data.registerIndividual.individual.id, stage: "registered", determined: false, busy: false });
  }

  private async screen(person: Person) {
    const input = {
      individualId: person.id,
      screenedOn: "2026-10-01",
      facilityId: soakHospitalId,
      facilityCounty: "Hamilton",
      reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
      currentSetting: "HOSPITAL_INPATIENT",
      ...(Math.random() < 0.5 ? hospitalExemption : noIndications),
    };
    const data = await this.hub.write(
      "screen",
      this.tokens.hospital,
      `mutation ($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { id outcome } } }`,
      { input },
      (d) => d.submitLevelOneScreen.levelOneScreen.id,
    );
    if (data) person.stage = "screened";
  }

  private async admit(person: Person) {
    const input = {
      individualId: person.id,
      facilityId: admittingFacility.id,
      kind: "ADMISSION",
      effectiveOn: "2026-10-05",
      admissionSource: "HOSPITAL_INPATIENT",
      fromFacilityId: soakHospitalId,
      payer: "MEDICAID",
    };
    if (await this.hub.write("admission", this.tokens.facility, censusEvent, { input }, eventId)) person.stage = "admitted";
  }

  private async transfer(person: Person) {
    const input = {
      individualId: person.id,
      facilityId: admittingFacility.id,
      kind: "TRANSFER_OUT",
      effectiveOn: "2026-10-20",
      toFacilityId: receivingFacility.id,
    };
    if (await this.hub.write("transfer", this.tokens.facility, censusEvent, { input }, eventId)) person.stage = "transferred";
  }

  private async discharge(person: Person) {
    const input = {
      individualId: person.id,
      facilityId: receivingFacility.id,
      kind: "DISCHARGE",
      effectiveOn: "2026-11-10",
      dischargeDestination: "HOME_OR_COMMUNITY",
    };
    if (await this.hub.write("discharge", this.tokens.facility, censusEvent, { input }, eventId)) person.stage = "discharged";
  }

  private async determine(person: Person) {
    const assessed = await this.hub.write(
      "assessment",
      this.tokens.paa,
      `mutation ($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`,
      { input: { individualId: person.id, instrument: "ULTC_100_2", assessedOn: "2026-10-02", county: "Hamilton", ultc100_2: meetsLevelOfCare } },
      (d) => d.submitLevelOfCareAssessment.assessment.id,
    );
    if (!assessed) return;
    const input = {
      individualId: person.id,
      facilityId: admittingFacility.id,
      county: "Hamilton",
      medicaidId: "DEMO-TEST-0001",
      levelOfCareType: "NF_INTERMEDIATE",
      decision: "APPROVED",
      reviewKind: "RETROSPECTIVE",
      retrospectiveReason: "MEDICAID_PICKUP_DATE_IN_PAST",
      assessmentId: assessed.submitLevelOfCareAssessment.assessment.id,
      effectiveFrom: "2026-10-05",
      effectiveThrough: "2027-04-04",
    };
    const data = await this.hub.write(
      "determination",
      this.tokens.paa,
      `mutation ($input: DetermineLevelOfCareInput!) { determineLevelOfCare(input: $input) { determination { id } } }`,
      { input },
      (d) => d.determineLevelOfCare.determination.id,
    );
    if (data) person.determined = true;
  }

  private async paymentCheck() {
    const inCensus = this.people.filter((candidate) => candidate.stage !== "registered" && candidate.stage !== "screened");
    const person = inCensus[Math.floor(Math.random() * inCensus.length)]!;
    const data = await this.hub.read(
      "payment check",
      this.tokens.payment,
      `query ($id: ID!) { individual(id: $id) { levelOfCareCoverage(from: "2026-10-01", to: "2026-10-31", providerNumber: "${admittingFacility.providerNumber}") { coveredSpans { from through } uncoveredSpans { from through reason } } } }`,
      { id: person.id },
    );
    if (data) this.ledger.paymentChecks += 1;
  }
}
