import { conflict } from "@pasrr/graphql-kit/errors";
import type { IdentityConfig } from "../individuals.config.ts";
import { identifierKey } from "../identifier/identifier.rules.ts";
import { probeOf } from "../individual/individual.store.ts";
import { blockingKeys, searchKeys } from "../matching/blocking.rules.ts";
import { decide } from "../matching/decision.rules.ts";
import type { Candidate, Face, PersonEvidence } from "../matching/evidence.model.ts";
import { assess, contradictsIdentifier, hasConflictingIdentifier, type Assessment } from "../matching/matching.rules.ts";
import { compactName, nameParts } from "../matching/name-normalisation.rules.ts";
import type { PersonIndex, RecordCompletion } from "./person-index.model.ts";
import type { Registration } from "./registration.rules.ts";

export type RegistrationResult =
  | { outcome: "MATCHED"; individualId: string; candidates: [Assessment] }
  | { outcome: "POSSIBLE_DUPLICATE"; individualId: string; reviewId: string; candidates: Assessment[] }
  | { outcome: "CREATED"; individualId: string; candidates: [] };

const masked = (id: { type: string; issuer: string; value: string }) => `${id.type} ${id.issuer} …${id.value.slice(-4)}`;

/**
 * Registers a person against the index (issue 3, "Registering with duplicate detection"):
 * first deterministically, by an identifier some person already owns; then probabilistically,
 * scoring the people that share a blocking key. The mutation and the quality test both run this.
 */
export async function register(index: PersonIndex, registration: Registration, config: IdentityConfig): Promise<RegistrationResult> {
  const probe = probeOf(registration.person, registration.identifiers);
  const keys = blockingKeys(probe);
  return index.withRegistrationLock(registrationLocks(probe, keys), (locked) => registerLocked(locked, registration, probe, keys, config));
}

/**
 * What two registrations racing each other must not both pass unseen (issue 21, "Concurrency").
 * A registration reads the people who own its identifiers and those sharing one of its blocking
 * keys, and writes a person under exactly those identifiers and blocking keys (plus search keys,
 * which registration never reads). So two registrations can find each other only if they share
 * a blocking key or an identifier, and locking every one of each is exactly the set that
 * matters: the second waits for the first and then meets it as an owner or a candidate, while
 * registrations of people who share nothing never wait on each other. (A MATCHED registration
 * may also key its person by a newly learnt spelling; one that would find the person only by
 * that key is ordered before it, as if it had come first, which is an order that could happen.)
 */
const registrationLocks = (probe: PersonEvidence, keys: string[]) => [...keys, ...probe.identifiers.map((id) => `ID:${identifierKey(id)}`)];

async function registerLocked(
  index: PersonIndex,
  registration: Registration,
  probe: PersonEvidence,
  keys: string[],
  config: IdentityConfig,
): Promise<RegistrationResult> {
  const owners = await index.ownersOf(probe.identifiers);
  if (owners.length > 1) {
    throw conflict("the identifiers given belong to different people; search first and register under the identifier type on record", {
      field: "input.identifiers",
    });
  }
  if (owners[0]) return attachToOwner(index, registration, probe, owners[0], config);

  const candidates = await index.candidatesFor(keys, config.maxCandidates);
  const assessments = candidates.map((candidate) => assess(probe, candidate, config.model));
  const plausible = assessments.filter((a) => a.score >= config.thresholds.review).map((a) => a.candidateId);
  const decision = decide(assessments, config.thresholds, plausible.length > 1 ? await index.distinctPairsAmong(plausible) : undefined);
  if (decision.outcome === "MATCHED") {
    const owner = candidates.find((candidate) => candidate.id === decision.match.candidateId)!;
    await index.attach(owner.id, additionFor(registration, owner, decision.match));
    return { outcome: "MATCHED", individualId: owner.id, candidates: [decision.match] };
  }
  const person = { fields: registration.person, identifiers: registration.identifiers, keys: [...keys, ...searchKeys(probe)] };
  if (decision.outcome === "POSSIBLE_DUPLICATE") {
    const created = await index.create(person, decision.candidates);
    return { outcome: "POSSIBLE_DUPLICATE", individualId: created.individualId, reviewId: created.reviewId!, candidates: decision.candidates };
  }
  const created = await index.create(person, null);
  return { outcome: "CREATED", individualId: created.individualId, candidates: [] };
}

/** The newcomer carries an identifier a person owns: that person, unless the rest of the record says otherwise. */
async function attachToOwner(
  index: PersonIndex,
  registration: Registration,
  probe: PersonEvidence,
  owner: Candidate,
  config: IdentityConfig,
): Promise<RegistrationResult> {
  const match = assess(probe, owner, config.model);
  const owned = registration.identifiers.filter((id) => owner.identifiers.some((mine) => identifierKey(mine) === identifierKey(id)));
  if (hasConflictingIdentifier(match)) {
    throw conflict(`${owned.map(masked).join(", ")} belongs to a person whose SSN or Medicaid ID differs from the one given`, { field: "input.identifiers" });
  }
  if (contradictsIdentifier(match)) {
    throw conflict(`${owned.map(masked).join(", ")} belongs to a person whose name and date of birth do not agree with this registration`, {
      field: "input.identifiers",
    });
  }
  await index.attach(owner.id, additionFor(registration, owner, match));
  return { outcome: "MATCHED", individualId: owner.id, candidates: [match] };
}

/**
 * A newcomer's SSN or same-state Medicaid ID that differs from the one the person holds (one
 * keying error apart: it weighed, it did not veto) is not added: a person holds one of each, and
 * the number on record stays until someone ends it; the difference is in the match's reasons.
 */
const takenSlot = (owner: Candidate, id: { type: string; issuer: string; value: string }) =>
  (id.type === "SSN" || id.type === "MEDICAID_ID") &&
  owner.identifiers.some((mine) => mine.type === id.type && mine.issuer === id.issuer && mine.value !== id.value);

function additionFor(registration: Registration, owner: Candidate, match: Assessment) {
  const identifiers = registration.identifiers.filter(
    (id) => !owner.identifiers.some((mine) => identifierKey(mine) === identifierKey(id)) && !takenSlot(owner, id),
  );
  const { givenName, middleName, familyName, suffix } = registration.person;
  const known = owner.faces.some(
    (face) => nameParts(face.givenName)[0] === nameParts(givenName)[0] && compactName(face.familyName) === compactName(familyName),
  );
  // Another name is kept only whole (README, "Enough to identify"): half a name is no new spelling.
  const alternateName = known || !givenName || !familyName ? null : { givenName, middleName, familyName, suffix };
  const held = owner.identifiers;
  const stored = owner.faces.find((face) => face.source === "RECORD")!;
  const completed = completionOf(stored, registration);
  if (identifiers.length === 0 && !alternateName && Object.keys(completed).length === 0)
    return { held, identifiers, alternateName, completed, keys: [], match };
  // The person's keys with the new name, identifiers and completed fields, so the next registration finds it by them too.
  const record = { ...stored, ...completed };
  const faces = [record, ...(alternateName ? [{ ...record, ...alternateName, source: "PREVIOUS_NAME" as const }] : [])];
  const evidence: PersonEvidence = { faces, identifiers: [...owner.identifiers, ...identifiers], ssnLastFour: owner.ssnLastFour };
  return { held, identifiers, alternateName, completed, keys: [...blockingKeys(evidence), ...searchKeys(evidence)], match };
}

/** The identity fields the person's record lacks and the matched registration knows. */
function completionOf(record: Face, registration: Registration): RecordCompletion {
  const { givenName, familyName, birthDate } = registration.person;
  return {
    ...(!record.givenName && givenName ? { givenName } : {}),
    ...(!record.familyName && familyName ? { familyName } : {}),
    ...(!record.birthDate && birthDate ? { birthDate } : {}),
  };
}
