/**
 * Preloaded (`--import`) into every Node process the bench starts, and into the bench itself
 * (`npm run bench`, for the rows that run the hub in its process): graphql-js in production mode,
 * as a deployed hub runs it (`NODE_ENV=production` turns off its development-only checks, such
 * as the cross-realm `instanceof` test on every schema type, which cost CPU on every request).
 * graphql-js reads NODE_ENV once, when it loads, so it is loaded here under `production`; the
 * variable is then put back, because the hub's own configuration reads it too and the bench runs
 * the hub on its development keys and databases (production would demand real key files).
 * Node loads graphql's CommonJS build for every importer (vitest.config.ts says why), so that is
 * the copy loaded here.
 */
import { createRequire } from "node:module";

const configured = process.env.NODE_ENV;
process.env.NODE_ENV = "production";
createRequire(import.meta.url)("graphql");
if (configured === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = configured;
