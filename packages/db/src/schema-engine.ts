import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { readFile } from "node:fs/promises";

type SchemaEngine = bindings.SchemaEngine;
let loaded: Promise<void> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly (prisma-offline.md): the package's entry
 * imports a `.wasm` file as an ES module, which Node cannot load, so the module is
 * instantiated here by hand, once per process, with the bindings as its imports.
 */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const wasmUrl = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const module = await WebAssembly.compile(await readFile(wasmUrl));
    const imports: WebAssembly.Imports = {};
    for (const { module: name } of WebAssembly.Module.imports(module)) {
      imports[name] = bindings as unknown as WebAssembly.ModuleImports;
    }
    const instance = await WebAssembly.instantiate(module, imports);
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return loaded;
}

/** Runs `work` with a schema engine bound to `adapter` and the given Prisma schema, then frees it. */
export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => undefined, // the engine's info log; failures arrive as rejected promises instead
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}
