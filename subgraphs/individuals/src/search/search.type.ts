import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { MatchCandidate } from "../matching/match-candidate.type.ts";

export const IndividualMatchConnection = connectionOf(MatchCandidate, "IndividualMatch", "person found");
