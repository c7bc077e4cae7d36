import { connectionOf } from "@pasrr/platform";
import { MatchCandidate } from "../matching/match-candidate.type.ts";

export const IndividualMatchConnection = connectionOf(MatchCandidate, "IndividualMatch", "person found");
