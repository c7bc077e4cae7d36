/**
 * The census feed's promises, checked over plain rows read from the two databases
 * (verify-census.ts reads them): each fact delivered once, applied once, in order per person.
 */

/** A census fact in facilities' outbox, in the order the relay owes it to screenings. */
export interface Fact {
  event: string;
  person: string;
  facility: string;
  fact: string;
  /** The relay's attempts at the row, the one that was acknowledged included. */
  attempts: number;
}

/** A row screenings wrote because of a fact (its `triggerEventId`): an admission, or a Resident Review clock. */
export interface Effect {
  /** Null for a clock a NF or the state reported by hand. */
  event: string | null;
  person: string;
  created: Date;
  table: "NursingFacilityAdmission" | "ResidentReview";
  reason: string | null;
  facility: string;
  open: boolean;
}

const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/**
 * Which fact each call of reportResidentEvent delivered, from the ids its audit row names: the
 * input's census event, and the census events of the clocks it answered with — which started
 * no later than the delivered one, so the call delivered the latest of the person's facts named.
 */
export function callsPerFact(facts: Fact[], calls: string[][]): Map<string, number> {
  const position = new Map(facts.map((fact, index) => [fact.event, index]));
  const perFact = new Map<string, number>();
  for (const ids of calls) {
    const named = ids.filter((id) => position.has(id)).sort((a, b) => position.get(b)! - position.get(a)!);
    if (named[0]) perFact.set(named[0], (perFact.get(named[0]) ?? 0) + 1);
  }
  return perFact;
}

/**
 * Delivered exactly once: screenings' audit trail holds each call of reportResidentEvent the
 * relays made (callsPerFact). A call the relay counted as failed and tried again (the answer lost
 * with a killed replica) is at-least-once working as designed; calls beyond the row's attempts
 * are deliveries no relay knew of — two relays sending one row, or a relay killed between
 * sending a row and marking it. Returns the facts never received and those extra calls.
 */
export function countDeliveries(facts: Fact[], calls: Map<string, number>, examples: string[]) {
  let neverReceived = 0;
  let repeated = 0;
  for (const fact of facts) {
    const received = calls.get(fact.event) ?? 0;
    if (received === 0) neverReceived += 1;
    if (received <= fact.attempts) continue;
    repeated += received - fact.attempts;
    examples.push(`delivered ${received} times, ${fact.attempts} attempts recorded: ${fact.fact} of census event ${fact.event}`);
  }
  return { neverReceived, repeated };
}

/**
 * Applied exactly once: each admission or transfer in is recorded once by its census event, each
 * exempt person's admission starts one hospital-exemption clock, and no fact started the same
 * kind of clock twice.
 */
export function countMissingAndDuplicated(facts: Fact[], effects: Effect[], exempt: Set<string>, examples: string[]) {
  const byEvent = groupBy(effects, (effect) => String(effect.event));
  let missing = 0;
  let duplicated = 0;
  for (const fact of facts) {
    const own = byEvent.get(fact.event) ?? [];
    const admissions = own.filter((effect) => effect.table === "NursingFacilityAdmission").length;
    const clocks = own.filter((effect) => effect.reason === "HOSPITAL_EXEMPTION_EXPIRING").length;
    const expectsAdmission = fact.fact === "ADMITTED" || fact.fact === "TRANSFERRED_IN";
    const expectsClock = fact.fact === "ADMITTED" && exempt.has(fact.person);
    if ((expectsAdmission && admissions === 0) || (expectsClock && clocks === 0)) {
      missing += 1;
      examples.push(`missing: ${fact.fact} of census event ${fact.event}`);
    }
  }
  const triggered = effects.filter((effect) => effect.event !== null);
  for (const [key, same] of groupBy(triggered, (effect) => `${effect.event} ${effect.table} ${effect.reason}`)) {
    if (same.length < 2) continue;
    duplicated += same.length - 1;
    examples.push(`duplicated: ${same.length} × ${key}`);
  }
  return { missing, duplicated };
}

/**
 * In order, per person: screenings wrote the effects of the person's facts in the order the
 * facts were recorded (its rows' creation order against the outbox's), and the clocks ended
 * where the census story ended — none left open after the discharge, none left behind at the
 * facility the person was transferred from. A discharge applied before the admission or the
 * transfer it follows leaves a clock open; a transfer applied before the admission leaves one
 * at the first facility.
 */
export function countOutOfOrder(facts: Fact[], effects: Effect[], examples: string[]): number {
  const effectsOf = groupBy(effects, (effect) => effect.person);
  let outOfOrder = 0;
  for (const [person, own] of groupBy(facts, (fact) => fact.person)) {
    const position = new Map(own.map((fact, index) => [fact.event, index]));
    const applied = (effectsOf.get(person) ?? [])
      .flatMap((effect) => {
        const index = effect.event === null ? undefined : position.get(effect.event);
        return index === undefined ? [] : [{ at: effect.created.getTime(), index }];
      })
      .sort((a, b) => a.at - b.at || a.index - b.index);
    const inOrder = applied.every((effect, i) => i === 0 || applied[i - 1]!.index <= effect.index);
    const last = own.at(-1)!;
    const open = (effectsOf.get(person) ?? []).filter((effect) => effect.open);
    const endsRight = last.fact === "DISCHARGED" ? open.length === 0 : open.every((effect) => effect.facility === last.facility);
    if (inOrder && endsRight) continue;
    outOfOrder += 1;
    examples.push(
      `out of order: person ${person} (${own.map((fact) => fact.fact).join(" → ")}): ${inOrder ? "a clock left open" : "effects in another order"}`,
    );
  }
  return outOfOrder;
}
