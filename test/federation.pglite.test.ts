import { federationSuite } from "./federation.shared.ts";

federationSuite("pglite");
