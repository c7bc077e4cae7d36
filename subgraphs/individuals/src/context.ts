import type { RequestContext } from "@pasrr/subgraph-kit/context";
import type { IndividualsDb } from "./db.ts";
import type { Loaders } from "./loaders.ts";

export type Context = RequestContext<IndividualsDb, Loaders>;
