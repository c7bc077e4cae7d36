import type { RequestContext } from "@pasrr/platform";
import type { IndividualsDb } from "./db.ts";
import type { Loaders } from "./loaders.ts";

export type Context = RequestContext<IndividualsDb, Loaders>;
