// One lint for the whole house (issue 18). Rules are few and each says why it is here; the
// formatter (Prettier, .prettierrc.json) owns layout, so no stylistic rule appears below.
import js from "@eslint/js";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import tseslint from "typescript-eslint";

/** Files whose job is to read the environment: configuration loaders, process entries, and tools run by hand. */
const readsEnvironment = [
  "**/*.config.ts",
  "**/*-config.ts",
  "**/src/index.ts",
  "deploy/docker/healthcheck.mjs",
  "packages/config/src/env.ts",
  "packages/observability/src/logger.ts",
  "scripts/**",
  "examples/**",
  "test/**",
  "**/test/**",
  "schema/**",
  "vitest.config.ts",
  "eslint.config.js",
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/generated/**",
      "**/.data/**",
      "coverage/**",
      "test-output/**",
      "gateway/sandbox-ui/**",
      "examples/*/src/gql/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Undefined names are TypeScript's to find (typescript-eslint turns no-undef off for .ts); the few
  // plain JavaScript files are Node scripts.
  { files: ["**/*.js", "**/*.mjs"], rules: { "no-undef": "off" } },
  {
    plugins: { "import-x": importX },
    settings: {
      // import-x reads the modules an import names with the TypeScript parser, and finds them as tsc does (workspace exports, `.ts` paths).
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      // Our workspace packages are ours: a circle through them counts.
      "import-x/internal-regex": "^@pasrr/",
    },
    rules: {
      // The layers of the house are packages and folders: a circle between modules means two of them are really one.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // Configuration is read once, validated, at start-up (config files); code below gets it through ctx.services.
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "read the environment only in configuration (*.config.ts) and process entries (index.ts); pass settings through services",
        },
      ],
      // A long function does several jobs: split it, or say why it must stay whole (an eslint-disable comment with the reason).
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // Unused names are allowed only when a leading underscore says they are deliberately unused (a required parameter).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // type-graphql takes resolver and type classes as `Function` (buildSchema's own signature); we pass them on as it asks.
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  { files: readsEnvironment, rules: { "no-restricted-properties": "off" } },
  // Tests are stories: a test's body may be as long as the walk it describes.
  // Tests read answers by shape in their assertions (test/support/graphql.ts says so where `any` appears).
  { files: ["test/**", "**/test/**", "**/*.test.ts", "scripts/**"], rules: { "max-lines-per-function": "off", "@typescript-eslint/no-explicit-any": "off" } },
);
