import type { RequestContext } from "@pasrr/subgraph-kit/context";
import type { FacilitiesDb } from "./db.ts";
import type { Loaders } from "./loaders.ts";
import type { Services } from "./services.ts";

export type Context = RequestContext<FacilitiesDb, Loaders, Services>;
