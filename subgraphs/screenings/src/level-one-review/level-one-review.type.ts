import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { LevelOneScreen } from "../level-one-screen/level-one-screen.type.ts";

/** A page of the Level I screens a PAA has yet to confirm (levelOneScreensToReview). */
export const LevelOneScreenToReviewConnection = connectionOf(LevelOneScreen, "LevelOneScreenToReview", "Level I screen awaiting the PAA's review");
