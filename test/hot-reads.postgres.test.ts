import { hotReadsSuite } from "./hot-reads.shared.ts";

hotReadsSuite("postgres");
