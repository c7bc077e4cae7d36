import { registrationRaceSuite } from "./registration-race.shared.ts";

registrationRaceSuite("postgres");
