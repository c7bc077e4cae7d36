import { registerEnumType } from "type-graphql";

export enum RegistrationOutcome {
  CREATED = "CREATED",
  MATCHED = "MATCHED",
  POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE",
}
registerEnumType(RegistrationOutcome, {
  name: "RegistrationOutcome",
  description: "What registering a person did.",
  valuesConfig: {
    CREATED: { description: "No existing record matched; a new person was created." },
    MATCHED: { description: "An existing person: by an identifier on record, or a match safe enough for the machine. New identifiers were attached." },
    POSSIBLE_DUPLICATE: { description: "A new record was created and held for review beside the existing people it resembles." },
  },
});
