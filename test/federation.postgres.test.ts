import { federationSuite } from "./federation.shared.ts";

// The production path: every subgraph on its own fresh PostgreSQL database at 127.0.0.1:5432.
federationSuite("postgres");
