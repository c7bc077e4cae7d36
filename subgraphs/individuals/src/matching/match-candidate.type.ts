import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { agreements, matchFields, type Agreement, type MatchField } from "./agreement.model.ts";
import type { FaceSource } from "./evidence.model.ts";
import { Individual } from "../individual/individual.type.ts";

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const MatchFieldEnum = asEnum(matchFields);
registerEnumType(MatchFieldEnum, {
  name: "MatchField",
  description: "A field compared when matching people.",
  valuesConfig: {
    GIVEN_NAME: { description: "The given (first) name, nicknames included." },
    MIDDLE_NAME: { description: "The middle name or initial." },
    FAMILY_NAME: { description: "The family (last) name, each part of a compound name." },
    SUFFIX: { description: "A generational suffix (Jr., III)." },
    BIRTH_DATE: { description: "The date of birth, with swapped day and month and typos recognised." },
    SEX: { description: "Sex as recorded." },
    ADDRESS: { description: "The street address and ZIP code." },
    SSN: { description: "The Social Security number (compared in full, one keying error allowed, or by its last four digits)." },
    MEDICAID_ID: { description: "The state Medicaid ID." },
    MEDICARE_MBI: { description: "The Medicare Beneficiary Identifier." },
  },
});

export const AgreementEnum = asEnum(agreements);
registerEnumType(AgreementEnum, {
  name: "Agreement",
  description: "How one field agrees between two records.",
  valuesConfig: {
    EXACT: { description: "The same (ignoring case, accents, punctuation)." },
    NICKNAME: { description: "Familiar forms of one given name (Bill, William)." },
    ONE_EDIT: {
      description: "One keying error apart: a letter or digit substituted, inserted or deleted, or two adjacent ones transposed (Mason, Maxon).",
    },
    PHONETIC: { description: "Sounding alike: the same NYSIIS or Double Metaphone code (Smith, Schmidt)." },
    SIMILAR: { description: "Spelt alike beyond one edit (Jaro–Winkler ≥ 0.88)." },
    PART: { description: "One part of a compound family name." },
    INITIAL: { description: "An initial that agrees with the name." },
    SWAPPED: { description: "Given and family name written the other way round." },
    DAY_MONTH_SWAP: { description: "Birth date with day and month swapped." },
    ONE_DIGIT: { description: "Birth date with one digit different, the year's included (1941, 1971)." },
    DIGITS_TRANSPOSED: { description: "Birth date with two adjacent digits transposed (1941, 1914)." },
    SAME_ZIP: { description: "Same ZIP code, other street." },
    LAST_FOUR: { description: "The last four SSN digits agree (one side knows only those)." },
    DIFFERENT: { description: "They disagree." },
    CONFLICT: { description: "Identifiers that cannot both be this person's: the machine never merges across this." },
    TRANSPOSED: { description: "Day and month swapped.", deprecationReason: "Recorded before issue 21; now DAY_MONTH_SWAP." },
    TYPO: { description: "One birth-date digit mistyped or two swapped.", deprecationReason: "Recorded before issue 21; now ONE_DIGIT or DIGITS_TRANSPOSED." },
    MISSING: { description: "One side does not say." },
  },
});

export const FaceSourceEnum = asEnum<FaceSource>(["RECORD", "PREVIOUS_NAME", "MERGED_RECORD"]);
registerEnumType(FaceSourceEnum, {
  name: "MatchedOn",
  description: "Which version of the existing person agreed best: its record, a previous name, or a record merged into it.",
  valuesConfig: {
    RECORD: { description: "The person's record as it stands." },
    PREVIOUS_NAME: { description: "A name the person was known by before." },
    MERGED_RECORD: { description: "A record that was merged into the person." },
  },
});

@ObjectType({ description: "One field's comparison and the weight it added: why the score is what it is." })
export class MatchReason {
  @Field(() => MatchFieldEnum, { description: "The field compared." })
  field!: MatchField;

  @Field(() => AgreementEnum, { description: "How it agreed." })
  agreement!: Agreement;

  @Field(() => Float, { description: "Fellegi–Sunter weight, log2(m/u): positive for evidence of the same person, negative against." })
  weight!: number;
}

@ObjectType({ description: "An existing person compared with a registration or a search, with the score and its reasons." })
export class MatchCandidate {
  candidateId!: string;

  @Field(() => Individual, { nullable: true, description: "The existing person (null if no longer on record)." })
  individual?: Individual | null;

  @Field(() => Float, { description: "Total score, the sum of the reasons' weights." })
  score!: number;

  @Field(() => FaceSourceEnum, { description: "Which version of the person agreed best." })
  via!: FaceSource;

  @Field(() => [MatchReason], { description: "Per-field comparison, in a fixed field order." })
  reasons!: MatchReason[];
}
