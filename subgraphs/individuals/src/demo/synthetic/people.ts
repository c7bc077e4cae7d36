import { addDays, type CalendarDate } from "@pasrr/calendar/calendar-date";
import { familyName, femaleNames, maleNames, streetKinds, streetNames, towns } from "./names.ts";
import { areNicknameForms } from "../../matching/nicknames.rules.ts";
import type { Random } from "./random.ts";

/**
 * Synthetic true people for the quality test and the benchmark (issue 3, "Quality, measured").
 * Every value is invented: SSNs are random valid-format numbers, Medicaid IDs random 12-digit
 * Ohio-format numbers, MBIs random numbers that follow CMS's character rules.
 */
export interface TruePerson {
  truthId: string;
  givenName: string;
  middleName: string | null;
  familyName: string;
  suffix: string | null;
  birthDate: string;
  sex: "FEMALE" | "MALE";
  addressLine1: string;
  city: string;
  county: string;
  postalCode: string;
  state: string;
  ssn: string | null;
  medicaidId: string | null;
  mbi: string | null;
  /** The other twin's `truthId`, on both twins: each has an SSN of their own. */
  twinOf: string | null;
  /** How this person came about: on their own, or as a relative sharing a household. */
  kind: "PERSON" | "TWIN" | "SPOUSE" | "JUNIOR";
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const mbiLetters = "ACDEFGHJKMNPQRTUVWXY";

function isoDate(random: Random, fromYear: number, toYear: number): CalendarDate {
  return addDays(`${fromYear}-01-01`, random.int(0, (toYear - fromYear + 1) * 365 - 1));
}

export class PopulationFactory {
  private readonly used = new Set<string>();
  private count = 0;
  /** Nursing facilities: many residents share one of these addresses. */
  private readonly facilities: { addressLine1: string; town: (typeof towns)[number] }[];

  constructor(private readonly random: Random) {
    this.facilities = Array.from({ length: 25 }, () => ({ addressLine1: this.street(), town: random.pick(towns) }));
  }

  private unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.used.has(value)) return (this.used.add(value), value);
    }
  }

  private street = () => `${this.random.int(1, 9999)} ${this.random.pick(streetNames)} ${this.random.pick(streetKinds)}`;

  private ssn = () =>
    this.unique(() => {
      const area = this.random.int(1, 899);
      return area === 666 ? "" : `${pad(area, 3)}${pad(this.random.int(1, 99))}${pad(this.random.int(1, 9999), 4)}`;
    });

  private mbi = () =>
    this.unique(() => {
      const l = () => this.random.pick([...mbiLetters]);
      const d = () => String(this.random.int(0, 9));
      const ld = () => (this.random.chance(0.5) ? l() : d());
      return `${this.random.int(1, 9)}${l()}${ld()}${d()}${l()}${ld()}${d()}${l()}${l()}${d()}${d()}`;
    });

  private given = (sex: "FEMALE" | "MALE") => this.random.pickSkewed(sex === "FEMALE" ? femaleNames : maleNames);

  /** Someone new, with their own address (or a room in a nursing facility) and identifiers. */
  person(): TruePerson {
    const sex = this.random.chance(0.58) ? "FEMALE" : "MALE";
    const inFacility = this.random.chance(0.15) ? this.random.pick(this.facilities) : undefined;
    const town = inFacility?.town ?? this.random.pick(towns);
    return {
      truthId: `P${++this.count}`,
      givenName: this.given(sex),
      middleName: this.random.chance(0.6) ? this.given(sex) : null,
      familyName: familyName(this.random),
      suffix: null,
      birthDate: isoDate(this.random, 1925, 1965),
      sex,
      addressLine1: inFacility?.addressLine1 ?? this.street(),
      city: town.city,
      county: town.county,
      postalCode: town.postalCode,
      state: "OH",
      ssn: this.random.chance(0.9) ? this.ssn() : null,
      medicaidId: this.random.chance(0.6) ? this.unique(() => `${this.random.int(1, 9)}${this.random.digits(11)}`) : null,
      mbi: this.random.chance(0.55) ? this.mbi() : null,
      twinOf: null,
      kind: "PERSON",
    };
  }

  private relative(of: TruePerson, kind: TruePerson["kind"], changes: Partial<TruePerson>): TruePerson {
    const fresh = this.person();
    return {
      ...fresh,
      addressLine1: of.addressLine1,
      city: of.city,
      county: of.county,
      postalCode: of.postalCode,
      familyName: of.familyName,
      kind,
      ...changes,
    };
  }

  /**
   * A twin: same family name, birth date and home, another given name, and an SSN of their own
   * (both twins have one, so their records conflict on it: issue 21, twins must be CREATED).
   */
  twin(of: TruePerson): TruePerson {
    const sex = this.random.chance(0.6) ? of.sex : of.sex === "FEMALE" ? "MALE" : "FEMALE";
    // Parents give twins two names, not one name twice: never the same name or a familiar form of it (William and Bill).
    let givenName = this.given(sex);
    while (givenName === of.givenName || areNicknameForms(givenName, of.givenName)) givenName = this.given(sex);
    const twin = this.relative(of, "TWIN", { sex, givenName, birthDate: of.birthDate, twinOf: of.truthId });
    twin.ssn ??= this.ssn();
    of.ssn ??= this.ssn();
    of.twinOf = twin.truthId;
    return twin;
  }

  /** A spouse at the same address, usually with the same family name. */
  spouse(of: TruePerson): TruePerson {
    const sex = of.sex === "FEMALE" ? "MALE" : "FEMALE";
    const year = Number(of.birthDate.slice(0, 4)) + this.random.int(-6, 6);
    return this.relative(of, "SPOUSE", { sex, givenName: this.given(sex), birthDate: isoDate(this.random, year, year) });
  }

  /** A son with his father's name, told apart by JR/SR and the birth date. */
  junior(of: TruePerson): TruePerson {
    const year = Math.min(1965, Number(of.birthDate.slice(0, 4)) + this.random.int(20, 35));
    of.suffix = "SR";
    return this.relative(of, "JUNIOR", { sex: "MALE", givenName: of.givenName, suffix: "JR", birthDate: isoDate(this.random, year, year) });
  }

  /** `count` true people, with twins (~1.2 %), spouses (~20 %) and fathers and sons (~0.6 %) among them. */
  population(count: number): TruePerson[] {
    const people: TruePerson[] = [];
    while (people.length < count) {
      const person = this.person();
      people.push(person);
      const roll = this.random.next();
      if (roll < 0.012) people.push(this.twin(person));
      else if (roll < 0.212) people.push(this.spouse(person));
      else if (roll < 0.218 && person.sex === "MALE" && person.birthDate < "1945") people.push(this.junior(person));
    }
    return people.slice(0, count);
  }
}
