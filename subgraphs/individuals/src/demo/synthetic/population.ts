import { PopulationFactory, type TruePerson } from "./people.ts";
import { Random } from "./random.ts";
import { duplicateOf, recordOf, type SyntheticRecord } from "./records.ts";

export interface SyntheticRegistrations {
  people: TruePerson[];
  /** Registrations in arrival order; some people arrive more than once. */
  records: SyntheticRecord[];
}

/**
 * `count` registrations from a seeded synthetic population: about a quarter are further records
 * of someone already registered (a tenth of those a third record), shuffled into arrival order.
 */
export function syntheticRegistrations(seed: number, count: number): SyntheticRegistrations {
  const random = new Random(seed);
  const factory = new PopulationFactory(random);
  const people = factory.population(Math.round(count * 0.77));
  const records = people.map((person) => recordOf(person, random));
  while (records.length < count) {
    const person = random.pick(people);
    records.push(duplicateOf(person, random));
  }
  return { people, records: random.shuffle(records.slice(0, count)) };
}
