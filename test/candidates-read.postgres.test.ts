import { candidatesReadSuite } from "./candidates-read.shared.ts";

candidatesReadSuite("postgres");
