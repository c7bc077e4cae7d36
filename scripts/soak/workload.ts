import { demoFacilities } from "@pasrr/devtools/demo-cast";
import { randomUUID } from "node:crypto";

/**
 * The mixed partner workload of the soak: registrations (state), Level I screens (hospital),
 * census admissions (NF), LOC assessments and determinations (PAA) and payment checks. Every
 * write carries an Idempotency-Key and is retried with the same key when the answer is lost or
 * the service is briefly unavailable, as a careful partner client does; now and then an
 * acknowledged write is sent again on purpose, to prove the retry changes nothing.
 */
export type Tokens = Record<"state" | "hospital" | "facility" | "paa" | "payment", string>;
export type WriteKind = "registration" | "screen" | "admission" | "assessment" | "determination";

export interface Ledger {
  acknowledged: Record<WriteKind, Set<string>>;
  replaysChecked: number;
  replayMismatches: number;
  paymentChecks: number;
  errors: string[];
  latenciesMs: number[];
}

export const newLedger = (): Ledger => ({
  acknowledged: { registration: new Set(), screen: new Set(), admission: new Set(), assessment: new Set(), determination: new Set() },
  replaysChecked: 0,
  replayMismatches: 0,
  paymentChecks: 0,
  errors: [],
  latenciesMs: [],
});

const maple = demoFacilities[0]!;
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
const letters = "abcdefghijklmnopqrstuvwxyz";
const syntheticName = () =>
  Array.from({ length: 9 }, (_, i) => (i === 0 ? letters[Math.floor(Math.random() * 26)]!.toUpperCase() : letters[Math.floor(Math.random() * 26)]!)).join("");
const syntheticBirthDate = () =>
  `19${30 + Math.floor(Math.random() * 30)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, "0")}`;

interface Person {
  id: string;
  screened: boolean;
  admitted: boolean;
  determined: boolean;
  busy: boolean;
}

export class SoakClient {
  private readonly people: Person[] = [];

  constructor(
    private readonly gatewayUrl: string,
    private readonly tokens: Tokens,
    private readonly ledger: Ledger,
  ) {}

  /** One step of one client: the next thing a partner would plausibly do. */
  async step(): Promise<void> {
    const free = (test: (person: Person) => boolean) => this.people.find((person) => !person.busy && test(person));
    const roll = Math.random();
    const admitted = free((person) => person.admitted && !person.determined);
    const screened = free((person) => person.screened && !person.admitted);
    const fresh = free((person) => !person.screened);
    if (roll < 0.15 && this.people.some((person) => person.admitted)) return this.paymentCheck();
    if (roll < 0.35 && admitted) return this.withPerson(admitted, () => this.determine(admitted));
    if (roll < 0.55 && screened) return this.withPerson(screened, () => this.admit(screened));
    if (roll < 0.75 && fresh) return this.withPerson(fresh, () => this.screen(fresh));
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
    const data = await this.write(
      "registration",
      this.tokens.state,
      `mutation ($input: RegisterIndividualInput!) { registerIndividual(input: $input) { outcome individual { id } } }`,
      { input },
      (d) => d.registerIndividual.individual.id,
    );
    if (data && data.registerIndividual.outcome === "CREATED")
      this.people.push({ id: data.registerIndividual.individual.id, screened: false, admitted: false, determined: false, busy: false });
  }

  private async screen(person: Person) {
    const input = {
      individualId: person.id,
      screenedOn: "2026-10-01",
      facilityId: soakHospitalId,
      facilityCounty: "Hamilton",
      reasonForScreening: "NF_APPLICANT_FROM_HOSPITAL",
      currentSetting: "HOSPITAL_INPATIENT",
      ...noIndications,
    };
    const data = await this.write(
      "screen",
      this.tokens.hospital,
      `mutation ($input: SubmitLevelOneScreenInput!) { submitLevelOneScreen(input: $input) { levelOneScreen { id outcome } } }`,
      { input },
      (d) => d.submitLevelOneScreen.levelOneScreen.id,
    );
    if (data) person.screened = true;
  }

  private async admit(person: Person) {
    const input = {
      individualId: person.id,
      facilityId: maple.id,
      kind: "ADMISSION",
      effectiveOn: "2026-10-05",
      admissionSource: "COMMUNITY",
      payer: "MEDICAID",
    };
    const data = await this.write(
      "admission",
      this.tokens.facility,
      `mutation ($input: RecordCensusEventInput!) { recordCensusEvent(input: $input) { event { id } } }`,
      { input },
      (d) => d.recordCensusEvent.event.id,
    );
    if (data) person.admitted = true;
  }

  private async determine(person: Person) {
    const assessed = await this.write(
      "assessment",
      this.tokens.paa,
      `mutation ($input: SubmitLevelOfCareAssessmentInput!) { submitLevelOfCareAssessment(input: $input) { assessment { id } } }`,
      { input: { individualId: person.id, instrument: "ULTC_100_2", assessedOn: "2026-10-02", county: "Hamilton", ultc100_2: meetsLevelOfCare } },
      (d) => d.submitLevelOfCareAssessment.assessment.id,
    );
    if (!assessed) return;
    const input = {
      individualId: person.id,
      facilityId: maple.id,
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
    const data = await this.write(
      "determination",
      this.tokens.paa,
      `mutation ($input: DetermineLevelOfCareInput!) { determineLevelOfCare(input: $input) { determination { id } } }`,
      { input },
      (d) => d.determineLevelOfCare.determination.id,
    );
    if (data) person.determined = true;
  }

  private async paymentCheck() {
    const person =
      this.people.filter((candidate) => candidate.admitted)[Math.floor(Math.random() * this.people.length)] ??
      this.people.find((candidate) => candidate.admitted)!;
    const answer = await this.send(
      this.tokens.payment,
      `query ($id: ID!) { individual(id: $id) { levelOfCareCoverage(from: "2026-10-01", to: "2026-10-31", providerNumber: "${maple.providerNumber}") { coveredSpans { from through } uncoveredSpans { from through reason } } } }`,
      { id: person.id },
    );
    if (answer.errors) this.ledger.errors.push(`payment check: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    else this.ledger.paymentChecks += 1;
  }

  /** A write with an Idempotency-Key, retried with the same key while the answer is lost or the service unavailable. */
  // Answers are read by shape; `any` stays inside this one helper.
  private async write(kind: WriteKind, token: string, query: string, variables: Record<string, unknown>, idOf: (data: any) => string): Promise<any> {
    const key = randomUUID();
    for (let attempt = 1; attempt <= 4; attempt++) {
      const answer = await this.send(token, query, variables, key).catch((error: Error) => ({
        errors: [{ message: error.message, extensions: { code: "NETWORK" } }],
        data: undefined,
      }));
      const retryable = answer.errors?.some((error) => ["NETWORK", "SERVICE_UNAVAILABLE"].includes(String(error.extensions?.code)));
      if (retryable && attempt < 4) continue;
      if (answer.errors) {
        this.ledger.errors.push(`${kind}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
        return undefined;
      }
      const id = idOf(answer.data);
      this.ledger.acknowledged[kind].add(id);
      if (Math.random() < 0.1) await this.replay(token, query, variables, key, id, idOf);
      return answer.data;
    }
    return undefined;
  }

  private async replay(token: string, query: string, variables: Record<string, unknown>, key: string, id: string, idOf: (data: any) => string) {
    const again = await this.send(token, query, variables, key);
    this.ledger.replaysChecked += 1;
    if (again.errors || idOf(again.data) !== id) this.ledger.replayMismatches += 1;
  }

  private async send(
    token: string,
    query: string,
    variables: Record<string, unknown>,
    key?: string,
  ): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const started = performance.now();
    const response = await fetch(this.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...(key ? { "idempotency-key": key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    this.ledger.latenciesMs.push(performance.now() - started);
    return body;
  }
}
