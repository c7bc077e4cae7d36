import type { RequestContext } from "@pasrr/platform";
import type { LevelOfCareDb } from "./db.ts";
import type { Loaders } from "./loaders.ts";

export type Context = RequestContext<LevelOfCareDb, Loaders>;
