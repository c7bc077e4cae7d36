import type { RequestContext } from "@pasrr/subgraph-kit/context";
import type { ScreeningsDb } from "./db.ts";
import type { Loaders } from "./loaders.ts";
import type { Services } from "./services.ts";

export type Context = RequestContext<ScreeningsDb, Loaders, Services>;
